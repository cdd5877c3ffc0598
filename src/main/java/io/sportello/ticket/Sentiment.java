package io.sportello.ticket;

public enum Sentiment { NEGATIVE, NEUTRAL, POSITIVE }
