namespace SeedGen.Emitting;

/// <summary>
/// What the emitted code may use and how it is named: from MSBuild properties and from the
/// consumer's language version and reference assemblies (C# 7.3 on netstandard2.0 has no
/// <c>u8</c> literals, no nullable annotations and perhaps no <c>ReadOnlySpan</c>). <see cref="TextPack"/>:
/// the package's targets put the seeds' text into the assembly as the <c>SeedGen.Text.pack</c> resource,
/// and <c>SeedDocument</c> carries its reader.
/// </summary>
internal sealed record EmitOptions(
    string? Namespace,
    string ClassName,
    bool Public,
    bool Utf8Literals,
    bool NullableAnnotations,
    bool HasSpan,
    bool HasSpanGetString,
    bool HasNotNullWhen,
    bool TextPack = false)
{
    public string Visibility => Public ? "public" : "internal";

    /// <summary>"?" where nullable reference annotations are allowed.</summary>
    public string Q => NullableAnnotations ? "?" : "";

    public string Global(string typeName) => new System.Text.StringBuilder().AppendGlobal(this, typeName).ToString();
}

internal static class EmitOptionsExtensions
{
    /// <summary>The <c>global::</c>-qualified name of a generated type, appended (<see cref="EmitOptions.Global"/> is this as a string).</summary>
    public static System.Text.StringBuilder AppendGlobal(this System.Text.StringBuilder sb, EmitOptions o, string typeName)
    {
        sb.Append("global::");
        if (o.Namespace is not null) sb.Append(o.Namespace).Append('.');
        return sb.Append(typeName);
    }
}
