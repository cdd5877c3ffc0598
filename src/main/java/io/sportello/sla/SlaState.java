package io.sportello.sla;

public enum SlaState { RUNNING, PAUSED }
