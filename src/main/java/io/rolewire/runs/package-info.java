/** The run aggregate, its lifecycle and the wizard drafts that lead to it. */
package io.rolewire.runs;
