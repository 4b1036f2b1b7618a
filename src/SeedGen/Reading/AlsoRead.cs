using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>
/// "Also Read - &lt;headline&gt;" links that news sites put inline after a paragraph or on a line
/// of their own (also <c>यह भी पढ़ें:</c>). A link runs to the next marker or the end of the line.
/// </summary>
internal static class AlsoRead
{
    public static bool StartsWithMarker(string text, int start, int end, out int markerEnd)
    {
        markerEnd = start;
        if (start >= end || Array.IndexOf(MarkerStarts, text[start]) < 0) return false; // most lines: one lookup
        foreach (var marker in Lexicon.AlsoReadMarkers)
        {
            if (start + marker.Length <= end && string.CompareOrdinal(text, start, marker, 0, marker.Length) == 0
                && (start + marker.Length == end || !UnicodeData.IsWordCharacter(UnicodeData.CodePointAt(text, start + marker.Length, out _))))
            {
                markerEnd = start + marker.Length;
                return true;
            }
        }
        markerEnd = start;
        return false;
    }

    /// <summary>The characters a marker of <see cref="Lexicon.AlsoReadMarkers"/> starts with.</summary>
    private static readonly char[] MarkerStarts = Lexicon.AlsoReadMarkers.Select(m => m[0]).Distinct().ToArray();

    /// <summary>The first marker in [start, end) that starts a word, or -1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static int Find(string text, int start, int end, CancellationToken cancellationToken = default)
    {
        // From one possible first character to the next (a vectorised search), not character by character.
        for (int i = start; i < end && (i = text.IndexOfAny(MarkerStarts, i, end - i)) >= 0; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i > start && UnicodeData.IsWordCharacter(UnicodeData.CodePointAt(text, i - 1, out _))) continue;
            if (StartsWithMarker(text, i, end, out _)) return i;
        }
        return -1;
    }

    /// <summary>Adds the headlines of the links in [markerStart, end) to <paramref name="into"/>.</summary>
    public static void Extract(string text, int markerStart, int end, List<TextRange> into)
    {
        int i = markerStart;
        while (i >= 0 && i < end)
        {
            StartsWithMarker(text, i, end, out int headlineStart);
            while (headlineStart < end && IsSeparator(text[headlineStart])) headlineStart++;
            int next = Find(text, headlineStart, end);
            int headlineEnd = next < 0 ? end : next;
            while (headlineEnd > headlineStart && IsSeparator(text[headlineEnd - 1])) headlineEnd--; // "X – Also Read: Y"
            if (headlineEnd > headlineStart) into.Add(new TextRange(headlineStart, headlineEnd - headlineStart));
            i = next;
        }
    }

    /// <summary>What stands between a marker and its headline, or between a headline and the next marker.</summary>
    private static bool IsSeparator(char c) => Sentences.IsSpace(c) || c is '-' or ':' or '\u2013' or '\u2014' or '|';
}
