package io.rolewire.security;

/**
 * Publish this (as a Spring application event) when a user's password changes or the user is
 * removed: every cached HTTP Basic verification of that user is forgotten at once. Users from
 * properties only change at a restart, which empties the cache anyway.
 */
public record CredentialsChanged(String username) {}
