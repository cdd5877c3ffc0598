package io.sportello.commerce;

public enum ShipmentStatus { LABEL_CREATED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION }
