namespace SeedGen.Emitting;

/// <summary>
/// <c>SeedDocument</c> and <c>SeedNumber</c>: emitted into the consumer (no runtime package),
/// in its namespace and with its visibility. The document decodes its text once and slices
/// every readout out of it from the ranges of <see cref="Layout"/>, lazily.
/// </summary>
internal static class TypesEmitter
{
    public const string HintName = "SeedDocument.g.cs";

    public static string Emit(EmitOptions o)
    {
        string q = o.Q;
        string v = o.Visibility;
        var b = new SourceBuilder(16_384);
        b.Header(o).OpenNamespace(o);

        b.Line("/// <summary>A number found in a seed: as written, and its value.</summary>");
        b.Open(v + " readonly struct SeedNumber : global::System.IEquatable<SeedNumber>");
        b.Line("public SeedNumber(string text, decimal value) { Text = text; Value = value; }");
        b.Line("/// <summary>The number as written, e.g. <c>70वें</c> or <c>1,00,000</c>.</summary>");
        b.Line("public string Text { get; }");
        b.Line("/// <summary>Its value, e.g. 70 or 100000.</summary>");
        b.Line("public decimal Value { get; }");
        b.Line("public bool Equals(SeedNumber other) => string.Equals(Text, other.Text) && Value == other.Value;");
        b.Line("public override bool Equals(object" + q + " obj) => obj is SeedNumber other && Equals(other);");
        b.Line("public override int GetHashCode() => (Text == null ? 0 : Text.GetHashCode()) ^ Value.GetHashCode();");
        b.Line("public override string ToString() => Text;");
        b.Close();
        b.Line();

        b.Line("/// <summary>A document related to another, and how alike they are (estimated Jaccard similarity of their content words, 0 to 1).</summary>");
        b.Open(v + " readonly struct SeedRelation : global::System.IEquatable<SeedRelation>");
        b.Line("public SeedRelation(string id, double score) { Id = id; Score = score; }");
        b.Line("/// <summary>The related seed's id.</summary>");
        b.Line("public string Id { get; }");
        b.Line("/// <summary>Estimated similarity, 0 to 1.</summary>");
        b.Line("public double Score { get; }");
        b.Line("/// <summary>The related document.</summary>");
        b.Line("public SeedDocument Document => " + o.Global(o.ClassName) + ".Get(Id);");
        b.Line("public bool Equals(SeedRelation other) => string.Equals(Id, other.Id) && Score.Equals(other.Score);");
        b.Line("public override bool Equals(object" + q + " obj) => obj is SeedRelation other && Equals(other);");
        b.Line("public override int GetHashCode() => (Id == null ? 0 : Id.GetHashCode()) ^ Score.GetHashCode();");
        b.Line("public override string ToString() => Id + \" (\" + Score.ToString(\"0.00\", global::System.Globalization.CultureInfo.InvariantCulture) + \")\";");
        b.Close();
        b.Line();

        b.Line("/// <summary>Every readout of one seed document. Read-only; strings are sliced from the text on first use.</summary>");
        b.Open(v + " sealed class SeedDocument");
        if (o.HasSpan)
        {
            b.Line("/// <summary>Returns a seed's UTF-8 bytes.</summary>");
            b.Line("public delegate global::System.ReadOnlySpan<byte> Utf8Source();");
            b.Line();
            b.Line("private readonly Utf8Source _utf8;");
        }
        else
        {
            b.Line("private readonly byte[] _utf8;");
        }
        b.Line("private readonly int[] _layout;");
        b.Line("private readonly string[] _strings;");
        b.Line("private readonly int _lists;");
        b.Line("private string" + q + " _text;");
        b.Line("private global::System.Collections.Generic.IReadOnlyList<string>" + q + " _paragraphs, _sentences, _alsoRead, _footer, _quotes, _weekdays, _months, _keywords;");
        b.Line("private global::System.Collections.Generic.IReadOnlyList<SeedNumber>" + q + " _numbers;");
        b.Line("private MetadataMap" + q + " _metadata;");
        b.Line();
        b.Line("/// <summary>Called by the generated code only.</summary>");
        string bytes = o.HasSpan ? "global::System.ReadOnlySpan<byte>" : "byte[]";
        string source = o.HasSpan ? "Utf8Source" : "byte[]";
        b.Open("public SeedDocument(string id, string path, string sha256, " + source + " utf8, " + bytes + " layout, int wordCount, string script, string language, string names)");
        b.Line("global::System.DateTimeOffset? published;");
        b.Line("Id = id; Path = path; Sha256 = sha256; _utf8 = utf8; _layout = Unpack(layout, names, out _strings, out published);");
        b.Line("WordCount = wordCount; Published = published; Script = script; Language = language;");
        b.Line("int at = 1;");
        b.Line("for (int i = 0; i < 5; i++) at += _layout[at] == 0 ? 1 : 3;");
        b.Line("_lists = at;");
        b.Close();
        b.Line();
        b.Line("/// <summary>Called by the generated code only: creates a seed's document, stores the first one created and returns the stored one.</summary>");
        b.Line("internal static SeedDocument __Create(ref SeedDocument" + q + " field, string id, string path, string sha256, " + source + " utf8, " + bytes + " layout, int wordCount, string script, string language, string names)");
        b.Line("    => __Publish(ref field, new SeedDocument(id, path, sha256, utf8, layout, wordCount, script, language, names));");
        b.Line();
        b.Line("private static SeedDocument __Publish(ref SeedDocument" + q + " field, SeedDocument created) => global::System.Threading.Interlocked.CompareExchange(ref field, created, null) ?? created;");
        b.Line();

        b.Line("/// <summary>The seed's id: its path under the seeds folder without extension, '/'-separated.</summary>");
        b.Line("public string Id { get; }");
        b.Line("/// <summary>The seed's path relative to the project, '/'-separated.</summary>");
        b.Line("public string Path { get; }");
        b.Line("/// <summary>SHA-256 of <see cref=\"Utf8\"/>, lower-case hex.</summary>");
        b.Line("public string Sha256 { get; }");
        if (o.HasSpan)
        {
            b.Line("/// <summary>The text as UTF-8 (BOM dropped, LF line ends), straight from the assembly's data.</summary>");
            b.Line("public global::System.ReadOnlySpan<byte> Utf8 => _utf8();");
        }
        else
        {
            b.Line("/// <summary>The text as UTF-8 (BOM dropped, LF line ends).</summary>");
            b.Line("public global::System.Collections.Generic.IReadOnlyList<byte> Utf8 => global::System.Array.AsReadOnly(_utf8);");
        }
        b.Line("/// <summary>The text, decoded once on first use.</summary>");
        string decode = !o.HasSpan ? "global::System.Text.Encoding.UTF8.GetString(_utf8)"
            : o.HasSpanGetString ? "global::System.Text.Encoding.UTF8.GetString(_utf8())"
            : "global::System.Text.Encoding.UTF8.GetString(_utf8().ToArray())";
        b.Line("public string Text => _text ?? (_text = " + decode + ");");
        b.Line("/// <summary>The headline, or null when the document has none.</summary>");
        b.Line("public string" + q + " Title => Single(0);");
        b.Line("/// <summary>The organisation line above the headline (a ministry or office), or null.</summary>");
        b.Line("public string" + q + " Section => Single(1);");
        b.Line("/// <summary>The place that opens the first paragraph (<c>Place:</c>), or null.</summary>");
        b.Line("public string" + q + " Dateline => Single(2);");
        b.Line("/// <summary>The first sentence of the body, or an empty string.</summary>");
        b.Line("public string Lead => Single(3) ?? \"\";");
        b.Line("/// <summary>Who published it: the <c>by …</c> of the posting line, or the agency; or null.</summary>");
        b.Line("public string" + q + " Source => Single(4);");
        b.Line("/// <summary>Body paragraphs, without title, metadata, footer and \"Also Read\" links.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<string> Paragraphs => _paragraphs ?? (_paragraphs = Ranges(0));");
        b.Line("/// <summary>Sentences of the body paragraphs.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<string> Sentences => _sentences ?? (_sentences = Ranges(1));");
        b.Line("/// <summary>Headlines of \"Also Read\" links, in order.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<string> AlsoRead => _alsoRead ?? (_alsoRead = Ranges(2));");
        b.Line("/// <summary>Trailing initials or code lines.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<string> Footer => _footer ?? (_footer = Ranges(3));");
        b.Line("/// <summary>Quoted text, in order of the opening mark.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<string> Quotes => _quotes ?? (_quotes = Ranges(4));");
        b.Line("/// <summary><c>Key: Value</c> lines and <c>(Key: Value)</c> groups outside the body, in file order.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyDictionary<string, string> Metadata => _metadata ?? (_metadata = new MetadataMap(this));");
        b.Line("/// <summary>Numbers of the body, in order.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<SeedNumber> Numbers => _numbers ?? (_numbers = ReadNumbers());");
        b.Line("/// <summary>Words of the body.</summary>");
        b.Line("public int WordCount { get; }");
        b.Line("/// <summary>Number of body paragraphs.</summary>");
        b.Line("public int ParagraphCount => _layout[_lists];");
        b.Line("/// <summary>Number of sentences.</summary>");
        b.Line("public int SentenceCount => _layout[ListStart(1)];");
        b.Line("/// <summary>When it was published, from a <c>Posted On</c> or date line; null when not stated.</summary>");
        b.Line("public global::System.DateTimeOffset? Published { get; }");
        b.Line("/// <summary>Weekdays named in the body, in English, in order of first mention.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<string> Weekdays => _weekdays ?? (_weekdays = Names(0));");
        b.Line("/// <summary>Months named in the body, in English, in order of first mention.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<string> Months => _months ?? (_months = Names(1));");
        b.Line("/// <summary>Top terms and two-word phrases of the body.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<string> Keywords => _keywords ?? (_keywords = Names(2));");
        b.Line("/// <summary>The dominant script by letter count (Unicode script name, e.g. Devanagari), or empty.</summary>");
        b.Line("public string Script { get; }");
        b.Line("/// <summary>Language tag (e.g. hi), from the script and function words or SeedLanguage; empty when unknown.</summary>");
        b.Line("public string Language { get; }");
        b.Line("/// <summary>Up to five most similar seeds (at least 0.1), best first.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<SeedRelation> Related => " + o.Global(o.ClassName) + ".Related(Id);");
        b.Line("public override string ToString() => Id;");
        b.Line();

        // The packed layout: unsigned varints, 5 bits a byte from '0', bit 6 = more; starts in a list are deltas.
        b.Open("private static long Next(" + bytes + " data, ref int at)");
        b.Line("long value = 0;");
        b.Line("int shift = 0;");
        b.Open("while (true)");
        b.Line("int group = data[at++] - '0';");
        b.Line("value |= (long)(group & 31) << shift;");
        b.Line("if ((group & 32) == 0) return value;");
        b.Line("shift += 5;");
        b.Close();
        b.Close();
        b.Line();
        b.Open("private static int[] Unpack(" + bytes + " data, string names, out string[] strings, out global::System.DateTimeOffset? published)");
        b.Line("int at = 0;");
        b.Line("var r = new global::System.Collections.Generic.List<int>(data.Length / 2 + 16);");
        b.Line("r.Add((int)Next(data, ref at));");
        b.Open("for (int i = 0; i < 5; i++)");
        b.Line("int flag = (int)Next(data, ref at);");
        b.Line("r.Add(flag);");
        b.Line("if (flag != 0) { r.Add((int)Next(data, ref at)); r.Add((int)Next(data, ref at)); }");
        b.Close();
        b.Open("for (int list = 0; list < 5; list++)");
        b.Line("int count = (int)Next(data, ref at), start = 0;");
        b.Line("r.Add(count);");
        b.Line("for (int i = 0; i < count; i++) { start += (int)Next(data, ref at); r.Add(start); r.Add((int)Next(data, ref at)); }");
        b.Close();
        b.Open("");
        b.Line("int count = (int)Next(data, ref at), key = 0;");
        b.Line("r.Add(count);");
        b.Open("for (int i = 0; i < count; i++)");
        b.Line("key += (int)Next(data, ref at);");
        b.Line("int keyLength = (int)Next(data, ref at);");
        b.Line("int value = key + (int)Next(data, ref at);");
        b.Line("r.Add(key); r.Add(keyLength); r.Add(value); r.Add((int)Next(data, ref at));");
        b.Close();
        b.Close();
        b.Open("");
        b.Line("int count = (int)Next(data, ref at), start = 0;");
        b.Line("r.Add(count);");
        b.Open("for (int i = 0; i < count; i++)");
        b.Line("start += (int)Next(data, ref at);");
        b.Line("r.Add(start); r.Add((int)Next(data, ref at));");
        b.Line("long mantissa = Next(data, ref at);");
        b.Line("r.Add(unchecked((int)mantissa)); r.Add(unchecked((int)(mantissa >> 32))); r.Add((int)Next(data, ref at));");
        b.Close();
        b.Close();
        b.Line("int nameCount = 0;");
        b.Line("for (int i = 0; i < 3; i++) { int listLength = (int)Next(data, ref at); r.Add(listLength); nameCount += listLength; }");
        b.Line("published = null;");
        b.Open("if (Next(data, ref at) != 0)");
        b.Line("int year = (int)Next(data, ref at), month = (int)Next(data, ref at), day = (int)Next(data, ref at), hour = (int)Next(data, ref at), minute = (int)Next(data, ref at);");
        b.Line("long zigzag = Next(data, ref at);");
        b.Line("published = new global::System.DateTimeOffset(year, month, day, hour, minute, 0, global::System.TimeSpan.FromMinutes((int)(zigzag >> 1) ^ -(int)(zigzag & 1)));");
        b.Close();
        b.Line("strings = nameCount == 0 ? new string[0] : names.Split('\\n');");
        b.Line("return r.ToArray();");
        b.Close();
        b.Line();

        // Layout readers (absolute ranges after Unpack).
        b.Open("private string" + q + " Single(int index)");
        b.Line("int at = 1;");
        b.Line("for (int i = 0; i < index; i++) at += _layout[at] == 0 ? 1 : 3;");
        b.Line("return _layout[at] == 0 ? null : Slice(_layout[at + 1], _layout[at + 2]);");
        b.Close();
        b.Line();
        b.Open("private int ListStart(int list)");
        b.Line("int at = _lists;");
        b.Line("for (int i = 0; i < list; i++) at += 1 + 2 * _layout[at];");
        b.Line("return at;");
        b.Close();
        b.Line();
        b.Open("private global::System.Collections.Generic.IReadOnlyList<string> Ranges(int list)");
        b.Line("int at = ListStart(list);");
        b.Line("var items = new string[_layout[at]];");
        b.Line("for (int i = 0; i < items.Length; i++) items[i] = Slice(_layout[at + 1 + 2 * i], _layout[at + 2 + 2 * i]);");
        b.Line("return global::System.Array.AsReadOnly(items);");
        b.Close();
        b.Line();
        b.Line("private int MetadataStart => ListStart(5);");
        b.Line();
        b.Open("private int NumbersStart");
        b.Line("get { int at = MetadataStart; return at + 1 + 4 * _layout[at]; }");
        b.Close();
        b.Line();
        b.Open("private global::System.Collections.Generic.IReadOnlyList<SeedNumber> ReadNumbers()");
        b.Line("int at = NumbersStart;");
        b.Line("var items = new SeedNumber[_layout[at]];");
        b.Open("for (int i = 0; i < items.Length; i++)");
        b.Line("int p = at + 1 + 5 * i;");
        b.Line("items[i] = new SeedNumber(Slice(_layout[p], _layout[p + 1]), new decimal(_layout[p + 2], _layout[p + 3], 0, false, (byte)_layout[p + 4]));");
        b.Close();
        b.Line("return global::System.Array.AsReadOnly(items);");
        b.Close();
        b.Line();
        b.Open("private global::System.Collections.Generic.IReadOnlyList<string> Names(int kind)");
        b.Line("int at = NumbersStart;");
        b.Line("at += 1 + 5 * _layout[at];");
        b.Line("int skip = 0;");
        b.Line("for (int i = 0; i < kind; i++) skip += _layout[at + i];");
        b.Line("var items = new string[_layout[at + kind]];");
        b.Line("global::System.Array.Copy(_strings, skip, items, 0, items.Length);");
        b.Line("return global::System.Array.AsReadOnly(items);");
        b.Close();
        b.Line();
        b.Line("/// <summary>A range of the text; a line break inside it (a wrapped paragraph) reads as one space.</summary>");
        b.Open("private string Slice(int start, int length)");
        b.Line("string text = Text;");
        b.Line("if (text.IndexOf('\\n', start, length) < 0) return text.Substring(start, length);");
        b.Line("var sb = new global::System.Text.StringBuilder(length);");
        b.Open("for (int i = start; i < start + length; i++)");
        b.Line("char c = text[i];");
        b.Line("if (c != '\\n') { sb.Append(c); continue; }");
        b.Line("while (sb.Length > 0 && IsBlank(sb[sb.Length - 1])) sb.Length--;");
        b.Line("while (i + 1 < start + length && IsBlank(text[i + 1])) i++;");
        b.Line("sb.Append(' ');");
        b.Close();
        b.Line("return sb.ToString();");
        b.Close();
        b.Line();
        b.Line("private static bool IsBlank(char c) => c == ' ' || c == '\\t' || c == '\\u00A0';");
        b.Line();

        // Ordered, read-only metadata.
        b.Open("private sealed class MetadataMap : global::System.Collections.Generic.IReadOnlyDictionary<string, string>");
        b.Line("private readonly string[] _keys;");
        b.Line("private readonly string[] _values;");
        b.Line("private global::System.Collections.Generic.Dictionary<string, int>" + q + " _index;");
        b.Open("public MetadataMap(SeedDocument document)");
        b.Line("int at = document.MetadataStart;");
        b.Line("int count = document._layout[at];");
        b.Line("_keys = new string[count];");
        b.Line("_values = new string[count];");
        b.Open("for (int i = 0; i < count; i++)");
        b.Line("int p = at + 1 + 4 * i;");
        b.Line("_keys[i] = document.Slice(document._layout[p], document._layout[p + 1]);");
        b.Line("_values[i] = document.Slice(document._layout[p + 2], document._layout[p + 3]);");
        b.Close();
        b.Close();
        b.Open("private int IndexOf(string key)");
        b.Line("if (key == null) throw new global::System.ArgumentNullException(nameof(key));");
        b.Open("if (_index == null)");
        b.Line("var index = new global::System.Collections.Generic.Dictionary<string, int>(_keys.Length, global::System.StringComparer.Ordinal);");
        b.Line("for (int i = 0; i < _keys.Length; i++) index[_keys[i]] = i;");
        b.Line("_index = index;");
        b.Close();
        b.Line("int found;");
        b.Line("return _index.TryGetValue(key, out found) ? found : -1;");
        b.Close();
        b.Line("public int Count => _keys.Length;");
        b.Line("public global::System.Collections.Generic.IEnumerable<string> Keys => global::System.Array.AsReadOnly(_keys);");
        b.Line("public global::System.Collections.Generic.IEnumerable<string> Values => global::System.Array.AsReadOnly(_values);");
        b.Line("public string this[string key] { get { int i = IndexOf(key); if (i < 0) throw new global::System.Collections.Generic.KeyNotFoundException(\"No metadata key '\" + key + \"'.\"); return _values[i]; } }");
        b.Line("public bool ContainsKey(string key) => IndexOf(key) >= 0;");
        string notNullWhen = o.HasNotNullWhen && o.NullableAnnotations ? "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] " : "";
        b.Line("public bool TryGetValue(string key, " + notNullWhen + "out string value) { int i = IndexOf(key); value = i < 0 ? null! : _values[i]; return i >= 0; }"
            .Replace("null!", o.NullableAnnotations ? "null!" : "null"));
        b.Open("public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, string>> GetEnumerator()");
        b.Line("for (int i = 0; i < _keys.Length; i++) yield return new global::System.Collections.Generic.KeyValuePair<string, string>(_keys[i], _values[i]);");
        b.Close();
        b.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
        b.Close();

        b.Close();
        b.CloseNamespace(o);
        return b.ToString();
    }
}
