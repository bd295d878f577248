/** The run aggregate, its lifecycle and the wizard drafts that lead to it. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"wiring"})
package io.rolewire.runs;
