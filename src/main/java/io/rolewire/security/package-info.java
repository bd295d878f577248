/** security. */
package io.rolewire.security;
