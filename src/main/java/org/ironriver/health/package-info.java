/**
 * Health and metrics through Spring Boot Actuator: liveness, readiness with the Neo4j
 * health, info, metrics and Prometheus, on the application's port under {@code /actuator}
 * or on {@code MANAGEMENT_PORT}.
 */
package org.ironriver.health;
