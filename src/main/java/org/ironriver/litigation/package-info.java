/**
 * The legal record: cases with their parties, courts, rulings and appeal chains, and the
 * laws they turn on ({@code /api/cases/**}, {@code /api/laws/**}, an actor's lawsuits).
 */
package org.ironriver.litigation;
