/**
 * The orders, shipments, payments and refunds the desk can see, fed by the shops (Shopify, WooCommerce, a generic JSON
 * format) and the carriers or tracking platforms (AfterShip-style, Qapla', generic), each read into one vocabulary and
 * applied idempotently and out-of-order safe by {@link io.sportello.commerce.CommerceFeed}; buyers are matched to desk
 * customers by their e-mail or phone. It answers "where is my order?" without an agent and tells the parcel watch when
 * a parcel moves.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"customer", "shared"})
package io.sportello.commerce;
