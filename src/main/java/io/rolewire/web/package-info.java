/** web. */
package io.rolewire.web;
