namespace SeedGen.Tests.Generator;

/// <summary>The generated sources for the two seeds, reviewed and committed (Snapshots/*.verified.cs).</summary>
public class SnapshotTests
{
    private static readonly GeneratorHarness.Result Result = GeneratorHarness.WithTwoSeeds().Run();

    [Theory]
    [InlineData("Seeds.g.cs")]
    [InlineData("SeedDocument.g.cs")]
    [InlineData("Seeds._000_29994c0a40c8d7d7.g.cs")]
    [InlineData("Seeds._001_d4a7fedfcebcdffb.g.cs")]
    public void Generated_source(string hintName) =>
        Snapshot.Verify(hintName.Replace(".g.cs", ""), Result.Source(hintName));

    [Fact]
    public void Generated_source_for_CSharp_7_3() =>
        Snapshot.Verify("CSharp73.Seeds._001_d4a7fedfcebcdffb", Harness73().Run(Basic.Reference.Assemblies.NetStandard20.References.All)
            .Source("Seeds._001_d4a7fedfcebcdffb.g.cs"));

    private static GeneratorHarness Harness73()
    {
        var h = new GeneratorHarness { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3 };
        h.AddSeed("seeds/001_d4a7fedfcebcdffb.txt", GeneratorHarness.Seed001Text);
        return h;
    }
}
