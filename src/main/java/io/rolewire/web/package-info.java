/**
 * Controllers, form objects, Thymeleaf templates and the JSON API. Controllers are thin and
 * package-private: they bind, call one service, choose a view.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"wiring", "aws", "apply", "runs", "runs :: events", "audit", "export", "security"})
package io.rolewire.web;
