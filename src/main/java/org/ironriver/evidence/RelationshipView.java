package org.ironriver.evidence;

/** A relationship between two nodes (by business id) with its evidence. */
public record RelationshipView(String type, String from, String to, EvidenceView evidence) {
}
