package org.ironriver.analyst;

import java.util.ArrayList;
import java.util.List;

/**
 * Cypher text as Neo4j's lexer reads it, for the checks that need the text rather than
 * the plan. Java-style unicode escapes (a backslash, u and four hex digits) are decoded
 * first, everywhere, as the database does: a quote written that way ends a string literal
 * there, and so here. String literals, backtick-quoted names, parameters and comments are
 * told apart from keywords and brackets.
 */
final class CypherLexer {

	private CypherLexer() {
	}

	enum Kind {

		/** A string literal, unescaped. */
		STRING,
		/** A $parameter's name. */
		PARAMETER,
		/** A keyword or a name. */
		WORD,
		/** A `backtick-quoted` name: never a keyword. */
		QUOTED, NUMBER, SYMBOL

	}

	record Token(Kind kind, String text) {

		boolean is(String symbol) {
			return kind == Kind.SYMBOL && text.equals(symbol);
		}
	}

	/**
	 * {@code \}{@code uXXXX} (any number of u's) decoded as the Java language does,
	 * unless the backslash is itself escaped by an odd run of backslashes before it.
	 */
	static String decodeUnicodeEscapes(String text) {
		if (text.indexOf('\\') < 0) {
			return text;
		}
		var out = new StringBuilder(text.length());
		int backslashes = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\\' && backslashes % 2 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
				int j = i + 1;
				while (j < text.length() && text.charAt(j) == 'u') {
					j++;
				}
				if (j + 4 <= text.length() && text.substring(j, j + 4).matches("[0-9a-fA-F]{4}")) {
					out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
					i = j + 4;
					backslashes = 0;
					continue;
				}
			}
			backslashes = c == '\\' ? backslashes + 1 : 0;
			out.append(c);
			i++;
		}
		return out.toString();
	}

	/** The tokens of a query, unicode escapes decoded first. */
	static List<Token> tokens(String query) {
		var text = decodeUnicodeEscapes(query);
		var tokens = new ArrayList<Token>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
				var end = text.indexOf('\n', i);
				i = end < 0 ? n : end + 1;
			}
			else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
				var end = text.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
			}
			else if (c == '\'' || c == '"') {
				var value = new StringBuilder();
				int j = i + 1;
				while (j < n && text.charAt(j) != c) {
					if (text.charAt(j) == '\\' && j + 1 < n) {
						value.append(unescape(text.charAt(j + 1)));
						j += 2;
					}
					else {
						value.append(text.charAt(j++));
					}
				}
				tokens.add(new Token(Kind.STRING, value.toString()));
				i = j + 1;
			}
			else if (c == '`') {
				int j = i + 1;
				while (j < n && !(text.charAt(j) == '`' && (j + 1 >= n || text.charAt(j + 1) != '`'))) {
					j += text.charAt(j) == '`' ? 2 : 1;
				}
				tokens.add(new Token(Kind.QUOTED, text.substring(i + 1, Math.min(j, n)).replace("``", "`")));
				i = j + 1;
			}
			else if (c == '$') {
				int j = i + 1;
				String name;
				if (j < n && text.charAt(j) == '`') {
					var end = text.indexOf('`', j + 1);
					end = end < 0 ? n : end;
					name = text.substring(j + 1, end);
					j = end + 1;
				}
				else {
					while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
						j++;
					}
					name = text.substring(i + 1, j);
				}
				tokens.add(new Token(Kind.PARAMETER, name));
				i = j;
			}
			else if (Character.isDigit(c)) {
				int j = i;
				while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_'
						|| text.charAt(j) == '.' && j + 1 < n && Character.isDigit(text.charAt(j + 1)))) {
					j++;
				}
				tokens.add(new Token(Kind.NUMBER, text.substring(i, j)));
				i = j;
			}
			else if (Character.isLetter(c) || c == '_') {
				int j = i;
				while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
					j++;
				}
				tokens.add(new Token(Kind.WORD, text.substring(i, j)));
				i = j;
			}
			else if (c == '=' && i + 1 < n && text.charAt(i + 1) == '~') {
				tokens.add(new Token(Kind.SYMBOL, "=~"));
				i += 2;
			}
			else {
				tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
				i++;
			}
		}
		return tokens;
	}

	private static String unescape(char c) {
		return switch (c) {
			case 'n' -> "\n";
			case 't' -> "\t";
			case 'r' -> "\r";
			case 'b' -> "\b";
			case 'f' -> "\f";
			case '\\' -> "\\";
			case '\'' -> "'";
			case '"' -> "\"";
			default -> "\\" + c;
		};
	}

}
