/**
 * Users, roles and candidate groups, sign-in for the REST API, and the rules that keep the engine's
 * REST API and webapps closed to anyone but administrators and process owners.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package io.sportello.security;
