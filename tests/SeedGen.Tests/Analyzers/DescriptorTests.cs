using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Diagnostics;

namespace SeedGen.Tests.Analyzers;

/// <summary>
/// Every diagnostic as tools other than the compiler show it (SARIF, the IDE): a description, a help
/// link to its README section at the tag of the package's version, a README section and table row, and
/// its line in the analyzer release files.
/// </summary>
public class DescriptorTests
{
    public static IEnumerable<object[]> All() =>
        Descriptors().Select(d => new object[] { d.Id });

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal);

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors().Single(d => d.Id == id);

    private static string Readme => File.ReadAllText(Path.Combine(Repo.Root, "README.md"));

    /// <summary>The Version of src/SeedGen/SeedGen.csproj: the version the package is published as.</summary>
    private static string ProjectVersion() =>
        XDocument.Load(Path.Combine(Repo.Root, "src", "SeedGen", "SeedGen.csproj")).Descendants("Version").Single().Value;

    [Fact]
    public void The_compiled_version_is_the_projects()
    {
        string compiled = ThisPackage.Version;
        Assert.Equal(ProjectVersion(), compiled);
        Assert.Matches(@"^\d+\.\d+\.\d+", compiled);
    }

    [Fact]
    public void Every_id_is_unique_and_every_descriptor_is_listed() =>
        Assert.Equal(Descriptors().Select(d => d.Id).Distinct().Count(), typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Count(f => f.FieldType == typeof(DiagnosticDescriptor)));

    [Theory]
    [MemberData(nameof(All))]
    public void Has_a_description_of_one_or_two_sentences(string id)
    {
        string description = Descriptor(id).Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(string.IsNullOrWhiteSpace(description), id + " has no description");
        Assert.EndsWith(".", description);
        Assert.NotEqual(Descriptor(id).Title.ToString(System.Globalization.CultureInfo.InvariantCulture), description);
        int sentences = Regex.Matches(description, @"[.!?](\s|$)").Count;
        Assert.InRange(sentences, 1, 2);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Has_a_title_of_a_few_words_and_a_message_with_its_arguments(string id)
    {
        var d = Descriptor(id);
        string title = d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(title.Split(' ').Length, 2, 12);
        Assert.False(title.EndsWith(".", StringComparison.Ordinal), id + "'s title ends with a period");
        Assert.Single(Descriptors(), other => other.Title.ToString(System.Globalization.CultureInfo.InvariantCulture) == title);
        string message = d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(message.EndsWith(".", StringComparison.Ordinal), id + "'s message ends with a period");
        Assert.Contains("{0}", message);
        Assert.True(message == "{0}" || message.Split(' ').Length >= 4, id + "'s message is a sentence");
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Links_to_its_README_section_at_the_packages_version(string id)
    {
        Assert.Equal($"https://github.com/seedgen/SeedGen/blob/v{ProjectVersion()}/README.md#{id.ToLowerInvariant()}", Descriptor(id).HelpLinkUri);
        // GitHub's anchor for "### SEED001" is #seed001; the diagnostics table links to it.
        Assert.Contains($"\n### {id}\n", Readme);
        Assert.Contains($"| [{id}](#{id.ToLowerInvariant()}) |", Readme);
    }

    [Fact]
    public void README_shows_the_help_link_as_it_is() => Assert.Contains($"(`{Descriptor("SEED001").HelpLinkUri}`)", Readme);

    [Fact]
    public void Every_README_diagnostic_section_is_a_descriptor()
    {
        var sections = Regex.Matches(Readme, @"^### (SEED\d{3})$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(Descriptors().Select(d => d.Id), sections.OrderBy(s => s, StringComparer.Ordinal));
    }

    /// <summary>The release files the build's release tracking (RS2000–RS2008) reads, with the descriptors' categories and severities.</summary>
    [Fact]
    public void The_analyzer_release_files_list_every_descriptor_as_it_is()
    {
        string dir = Path.Combine(Repo.Root, "src", "SeedGen");
        var rows = File.ReadAllLines(Path.Combine(dir, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(dir, "AnalyzerReleases.Unshipped.md")))
            .Where(l => l.StartsWith("SEED", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToDictionary(c => c[0], StringComparer.Ordinal);
        Assert.Equal(Descriptors().Select(d => d.Id), rows.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var d in Descriptors())
        {
            Assert.Equal(d.Category, rows[d.Id][1]);
            Assert.Equal(d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Disabled", rows[d.Id][2]);
        }
    }
}
