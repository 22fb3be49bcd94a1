/**
 * Who may do what: the host and origin every request must come from, the roles (reader,
 * analyst, editor, admin), the users, API keys and identity provider that carry them, and
 * the one table of which endpoint needs which role.
 */
package org.ironriver.security;
