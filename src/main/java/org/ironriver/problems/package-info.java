/**
 * What a bad request is answered with: the rules request parameters must meet, each
 * failing as a 400 problem detail with its reason.
 */
package org.ironriver.problems;
