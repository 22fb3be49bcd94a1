/**
 * Published flow statistics as data: observations with metric, value, unit, period,
 * caveat and the evidence of their ends ({@code /api/statistics/**}).
 */
package org.ironriver.flows;
