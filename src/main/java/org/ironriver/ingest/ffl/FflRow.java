package org.ironriver.ingest.ffl;

import java.util.Arrays;
import java.util.List;

import org.ironriver.model.NodeType;

/** One valid licensee row of a listing, with what the graph derives from it. */
record FflRow(long line, String[] fields, NodeType type, String cityKey) {

	static final int REGION = 0, DISTRICT = 1, COUNTY = 2, TYPE = 3, EXPIRY = 4, SEQUENCE = 5, LICENSE_NAME = 6,
			BUSINESS_NAME = 7, PREMISE_STREET = 8, PREMISE_CITY = 9, PREMISE_STATE = 10, PREMISE_ZIP = 11,
			MAIL_STREET = 12, MAIL_CITY = 13, MAIL_STATE = 14, MAIL_ZIP = 15, PHONE = 16;

	/**
	 * Region, district and sequence identify a licensee across renewals (county, type and
	 * expiry may change).
	 */
	String id() {
		return "ffl-" + fields[REGION] + "-" + fields[DISTRICT] + "-" + fields[SEQUENCE];
	}

	/**
	 * The same key as a number, for the duplicate check that must hold a million of them
	 * in little memory.
	 */
	long key() {
		return Long.parseLong(fields[REGION] + fields[DISTRICT] + fields[SEQUENCE]);
	}

	String licenceNumber() {
		return fields[REGION] + "-" + fields[DISTRICT] + "-" + fields[COUNTY] + "-" + fields[TYPE] + "-"
				+ fields[EXPIRY] + "-" + fields[SEQUENCE];
	}

	String premises() {
		return fields[PREMISE_STREET] + ", " + fields[PREMISE_CITY] + ", " + fields[PREMISE_STATE] + " "
				+ fields[PREMISE_ZIP];
	}

	String mailingAddress() {
		if (fields[MAIL_STREET].isEmpty() && fields[MAIL_CITY].isEmpty()) {
			return "";
		}
		var mailing = fields[MAIL_STREET] + ", " + fields[MAIL_CITY] + ", " + fields[MAIL_STATE] + " "
				+ fields[MAIL_ZIP];
		return mailing.equals(premises()) ? "" : mailing;
	}

	/**
	 * The row as the write statement takes it: a list, not a map (measurably cheaper to
	 * build and to read per row). Order: id, name, licenceNumber, licenceType,
	 * licenseName, businessName, premises, premisesStreet, premisesZip, phone,
	 * mailingAddress, cityId, locator.
	 */
	List<Object> parameters(String cityId, String file) {
		return Arrays.asList(id(), fields[LICENSE_NAME], licenceNumber(), fields[TYPE], fields[LICENSE_NAME],
				orNull(fields[BUSINESS_NAME]), premises(), fields[PREMISE_STREET], fields[PREMISE_ZIP],
				orNull(fields[PHONE]), orNull(mailingAddress()), cityId, file + ":" + line);
	}

	/** An empty field is an absent property, as LOAD CSV reads it too. */
	private static String orNull(String value) {
		return value.isEmpty() ? null : value;
	}
}
