using System;
using System.IO;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

public class DumpTests
{
    [Fact]
    public void DumpSeeds()
    {
        foreach (var f in new[] { Repo.Seed000, Repo.Seed001 })
        {
            var r = DocumentReader.Read(SeedText.Normalize(File.ReadAllText(f)));
            Console.WriteLine(Readable.Of(r));
        }
    }
}
