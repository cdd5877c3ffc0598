package io.sportello.customer;

/** Commercial value of a customer, an input of triage. */
public enum CustomerValue { STANDARD, VIP }
