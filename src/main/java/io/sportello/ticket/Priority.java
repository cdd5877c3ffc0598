package io.sportello.ticket;

public enum Priority { LOW, NORMAL, HIGH, URGENT }
