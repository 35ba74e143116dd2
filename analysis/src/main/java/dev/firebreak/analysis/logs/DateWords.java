package dev.firebreak.analysis.logs;

import java.util.Set;

/**
 * Month and weekday names that are part of a written date ("at Fri Jun 17 07:07:00 2005",
 * "27 Jul 2005"). They change from line to line like the numbers around them, so they are
 * variables; a name is only taken as a date part when a number or another date name stands
 * next to it, so "May" or "Sun" in a sentence stay words.
 */
final class DateWords {

    private static final Set<String> NAMES = Set.of(
            "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "January", "February", "March", "April", "June", "July", "August", "September", "October",
            "November", "December");

    private DateWords() {
    }

    /**
     * Whether the token {@code s[start, end)} is a date name inside a date: the token before it
     * was a number ({@code afterNumber}) or the next token starts with a digit or is a date name.
     */
    static boolean isDatePart(String s, int start, int end, boolean afterNumber) {
        int len = end - start;
        if (len < 3 || len > 9 || !Character.isUpperCase(s.charAt(start))) {
            return false;
        }
        int wordEnd = end;
        if (s.charAt(wordEnd - 1) == ',') {
            wordEnd--;
        }
        if (!isName(s, start, wordEnd)) {
            return false;
        }
        if (afterNumber) {
            return true;
        }
        int next = end;
        while (next < s.length() && TokenMasker.isSpace(s.charAt(next))) {
            next++;
        }
        if (next >= s.length()) {
            return false;
        }
        if (Character.isDigit(s.charAt(next))) {
            return true;
        }
        int nextEnd = next;
        while (nextEnd < s.length() && !TokenMasker.isSpace(s.charAt(nextEnd))) {
            nextEnd++;
        }
        if (s.charAt(nextEnd - 1) == ',') {
            nextEnd--;
        }
        return nextEnd > next && isName(s, next, nextEnd);
    }

    private static boolean isName(String s, int start, int end) {
        return NAMES.contains(s.substring(start, end));
    }
}
