using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SeedGen.Reading;

namespace SeedGen.Naming;

/// <summary>
/// C# identifiers from seed names (SPEC section 2), decided with our own Unicode table, not the
/// host's <c>SyntaxFacts</c>: letters (Devanagari too, with vowel signs, virama and nukta) are
/// kept; format characters (ZWJ, ZWNJ, bidi controls) are dropped, as the compiler drops them;
/// anything else becomes <c>_</c>; a name that cannot start an identifier gets a <c>_</c>
/// prefix; keywords get <c>@</c>. Names are NFC-composed first.
/// </summary>
internal static class Identifiers
{
    private static readonly HashSet<string> Keywords = new(
        ("abstract as base bool break byte case catch char checked class const continue decimal default delegate do " +
         "double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface " +
         "internal is lock long namespace new null object operator out override params private protected public readonly " +
         "ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong " +
         "unchecked unsafe ushort using virtual void volatile while").Split(' '),
        System.StringComparer.Ordinal);

    /// <summary>Contextual keywords that are errors or warnings as type names.</summary>
    private static readonly HashSet<string> ReservedTypeNames = new(
        "var dynamic record _ file required scoped field value await nameof".Split(' '), System.StringComparer.Ordinal);

    /// <summary>The identifier for <paramref name="name"/>, without the '@' escape (see <see cref="Escape"/>).</summary>
    public static string From(string name)
    {
        name = Compose.Nfc(name);
        var sb = new StringBuilder(name.Length + 1);
        for (int i = 0; i < name.Length; i++)
        {
            int cp = UnicodeData.CodePointAt(name, i, out int len);
            var category = UnicodeData.GetCategory(cp);
            if (category == UnicodeCategory.Format)
            {
                i += len - 1;
                continue;
            }
            bool part = IsLetter(category) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
            if (part) sb.Append(name, i, len); else sb.Append('_');
            i += len - 1;
        }
        if (sb.Length == 0 || !CanStart(sb))
            sb.Insert(0, '_');
        string id = sb.ToString();
        return ReservedTypeNames.Contains(id) ? "_" + id : id;
    }

    /// <summary>The identifier as written in C#: keywords take an '@'.</summary>
    public static string Escape(string identifier) => Keywords.Contains(identifier) ? "@" + identifier : identifier;

    private static bool CanStart(StringBuilder sb)
    {
        if (sb[0] == '_') return true;
        int cp = char.IsHighSurrogate(sb[0]) && sb.Length > 1 ? char.ConvertToUtf32(sb[0], sb[1]) : sb[0];
        return IsLetter(UnicodeData.GetCategory(cp));
    }

    private static bool IsLetter(UnicodeCategory c) => c <= UnicodeCategory.OtherLetter || c == UnicodeCategory.LetterNumber;
}
