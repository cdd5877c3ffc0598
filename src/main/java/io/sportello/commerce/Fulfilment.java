package io.sportello.commerce;

/** How much of an order has left the warehouse. */
public enum Fulfilment { UNFULFILLED, PARTIAL, FULFILLED }
