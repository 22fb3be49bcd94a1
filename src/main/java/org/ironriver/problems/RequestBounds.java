package org.ironriver.problems;

/**
 * The one rule for counts a request may ask for (a page size, a row limit, a hop bound):
 * from 1 to the endpoint's maximum. Outside that is a 400 that names the parameter, the
 * bounds and the value, never a silent clamp: a caller who asked for 5,000 rows and got
 * 1,000 would take the page for the whole answer.
 */
public final class RequestBounds {

	private RequestBounds() {
	}

	/** The value, or {@code fallback} when the request did not give one. */
	public static int between1And(int max, String parameter, Integer value, int fallback) {
		return value == null ? fallback : between1And(max, parameter, value);
	}

	public static int between1And(int max, String parameter, int value) {
		if (value < 1 || value > max) {
			throw new BadRequestException(parameter + " must be between 1 and " + max + ", was " + value);
		}
		return value;
	}

}
