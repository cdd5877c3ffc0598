/**
 * Small value types every module may use: who acted ({@link io.sportello.shared.Actor}), the contact
 * channels, and the adjustable clock that lets demo data and tests move time for the whole desk.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.sportello.shared;
