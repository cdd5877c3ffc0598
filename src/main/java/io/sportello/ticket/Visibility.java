package io.sportello.ticket;

public enum Visibility { PUBLIC, INTERNAL }
