/**
 * Every kind of event on the record, one record type per kind: published by the module that acts
 * (runs, apply, security, audit's exports), appended and chained by audit, read back typed by the
 * run page and the API. Serialized and parsed in one place (audit's event codec).
 */
@org.springframework.modulith.NamedInterface("events")
package io.rolewire.runs.events;
