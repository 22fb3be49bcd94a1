/**
 * Where sources disagree: claims that contradict each other, side by side with the
 * sources of both ({@code /api/contradictions}).
 */
package org.ironriver.claims;
