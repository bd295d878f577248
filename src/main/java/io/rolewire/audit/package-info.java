/** The append-only event log of every run, and the history queries reviewers use. */
package io.rolewire.audit;
