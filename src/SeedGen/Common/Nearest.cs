using System;
using System.Collections.Generic;

namespace SeedGen;

/// <summary>
/// "Did you mean": the candidates nearest to a name by edit distance, ties broken ordinally. The work
/// is bounded whatever the input: a name longer than <see cref="MaxLength"/> gets no suggestion, a
/// candidate whose length alone puts it further than the current third-best is not compared, and a
/// comparison stops as soon as it cannot beat that bound.
/// </summary>
internal static class Nearest
{
    /// <summary>The longest name suggestions are looked for (ids and keys are file names and header labels).</summary>
    public const int MaxLength = 256;

    public static List<string> Find(string target, IEnumerable<string> candidates, int max = 3)
    {
        if (target.Length > MaxLength || max <= 0) return new List<string>();
        var best = new List<(int Distance, string Name)>(max + 1);
        foreach (var c in candidates)
        {
            int bound = best.Count < max ? int.MaxValue : best[best.Count - 1].Distance;
            if (c.Length > MaxLength || Math.Abs(c.Length - target.Length) > bound) continue;
            int d = Distance(target, c, bound);
            if (d > bound) continue;
            var entry = (d, c);
            int at = best.Count;
            while (at > 0 && Compare(entry, best[at - 1]) < 0) at--;
            if (at >= max) continue;
            best.Insert(at, entry);
            if (best.Count > max) best.RemoveAt(max);
        }
        var result = new List<string>(best.Count);
        foreach (var b in best) result.Add(b.Name);
        return result;
    }

    private static int Compare((int Distance, string Name) a, (int Distance, string Name) b) =>
        a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Name, b.Name);

    /// <summary>Levenshtein distance over UTF-16 code units; any value over <paramref name="bound"/> once it must exceed it.</summary>
    public static int Distance(string a, string b, int bound = int.MaxValue)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (current[j] < rowMin) rowMin = current[j];
            }
            if (rowMin > bound) return rowMin;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>A name as a message shows it: at most <paramref name="max"/> characters, then an ellipsis.</summary>
    public static string Shorten(string name, int max = 80) =>
        name.Length <= max ? name : name.Substring(0, char.IsHighSurrogate(name[max - 1]) ? max - 1 : max) + "…";

    /// <summary>". Nearest: 'a', 'b', 'c'" or the given fallback when there is none.</summary>
    public static string Suffix(IReadOnlyList<string> nearest, string none)
    {
        if (nearest.Count == 0) return none;
        var sb = new System.Text.StringBuilder(". Nearest: ");
        for (int i = 0; i < nearest.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append('\'').Append(Shorten(nearest[i])).Append('\'');
        }
        return sb.ToString();
    }
}
