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
/// prefix; keywords get <c>@</c>. Names are NFC-composed first. A letter or digit outside the
/// Basic Multilingual Plane is no identifier character for the compiler (it reads UTF-16 code
/// units, CS1056): it is written as <c>U</c> and its hex code point (<c>𝐀</c> → <c>U1D400</c>).
/// An identifier is cut to <see cref="MaxLength"/> characters (the compiler's limit is 512).
/// </summary>
internal static class Identifiers
{
    private static readonly HashSet<string> Keywords = new(
        ("abstract as base bool break byte case catch char checked class const continue decimal default delegate do " +
         "double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface " +
         "internal is lock long namespace new null object operator out override params private protected public readonly " +
         "ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong " +
         "unchecked unsafe ushort using virtual void volatile while __arglist __makeref __reftype __refvalue").Split(' '),
        System.StringComparer.Ordinal);

    /// <summary>
    /// Contextual keywords that are errors or warnings as type names (<c>record</c>, <c>required</c>,
    /// <c>file</c>, <c>scoped</c>, <c>extension</c>: the compiler's reserved type names), or that
    /// would change what code around them means (<c>var</c>, <c>dynamic</c>, <c>_</c>, <c>field</c>,
    /// <c>value</c>, <c>await</c>, <c>nameof</c>): they take a <c>_</c> prefix.
    /// </summary>
    public static readonly string[] ReservedTypeNames =
        "var dynamic record _ file required scoped extension field value await nameof".Split(' ');

    private static readonly HashSet<string> ReservedTypeNameSet = new(ReservedTypeNames, System.StringComparer.Ordinal);

    /// <summary>Every keyword '@' escapes, for tests.</summary>
    public static IEnumerable<string> AllKeywords => Keywords;

    /// <summary>The longest identifier generated, in UTF-16 code units (the compiler accepts 512).</summary>
    public const int MaxLength = 200;

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
            if (part && len == 2) sb.Append('U').Append(cp.ToString("X", CultureInfo.InvariantCulture));
            else if (part) sb.Append(name, i, len);
            else sb.Append('_');
            i += len - 1;
        }
        if (sb.Length == 0 || !CanStart(sb))
            sb.Insert(0, '_');
        if (sb.Length > MaxLength) sb.Length = MaxLength;
        string id = sb.ToString();
        return ReservedTypeNameSet.Contains(id) ? "_" + id : id;
    }

    /// <summary>The identifier as written in C#: keywords take an '@'.</summary>
    public static string Escape(string identifier) => Keywords.Contains(identifier) ? "@" + identifier : identifier;

    private static bool CanStart(StringBuilder sb) => sb[0] == '_' || IsLetter(UnicodeData.GetCategory(sb[0]));

    private static bool IsLetter(UnicodeCategory c) => c <= UnicodeCategory.OtherLetter || c == UnicodeCategory.LetterNumber;
}
