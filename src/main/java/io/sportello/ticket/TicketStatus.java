package io.sportello.ticket;

public enum TicketStatus { NEW, OPEN, PENDING_CUSTOMER, RESOLVED, CLOSED }
