using System;
using System.Collections.Generic;

namespace SeedGen;

/// <summary>"Did you mean": the candidates nearest to a name by edit distance, ties broken ordinally.</summary>
internal static class Nearest
{
    public static List<string> Find(string target, IEnumerable<string> candidates, int max = 3)
    {
        var scored = new List<(int Distance, string Name)>();
        foreach (var c in candidates) scored.Add((Distance(target, c), c));
        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Name, b.Name));
        var result = new List<string>(Math.Min(max, scored.Count));
        for (int i = 0; i < scored.Count && result.Count < max; i++) result.Add(scored[i].Name);
        return result;
    }

    /// <summary>Levenshtein distance over UTF-16 code units.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>". Nearest: 'a', 'b', 'c'" or the given fallback when there is none.</summary>
    public static string Suffix(IReadOnlyList<string> nearest, string none)
    {
        if (nearest.Count == 0) return none;
        var sb = new System.Text.StringBuilder(". Nearest: ");
        for (int i = 0; i < nearest.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append('\'').Append(nearest[i]).Append('\'');
        }
        return sb.ToString();
    }
}
