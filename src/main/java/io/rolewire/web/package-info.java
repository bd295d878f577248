/**
 * Controllers, form objects, Thymeleaf templates and the JSON API. Controllers are thin and
 * package-private: they bind, call one service, choose a view.
 */
package io.rolewire.web;
