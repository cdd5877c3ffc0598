package io.sportello.ticket;

public enum Direction { INBOUND, OUTBOUND }
