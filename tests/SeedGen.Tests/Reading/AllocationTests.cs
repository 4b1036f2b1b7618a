using System;
using System.IO;
using System.Text;
using SeedGen.Emitting;
using SeedGen.Model;
using SeedGen.Naming;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Tests.Reading;

/// <summary>
/// What reading and emitting one seed allocate once the thread's buffers are warm (counted on this
/// thread, so deterministic): the guard behind the 100 MB workload's allocation target
/// (README §Performance). Not a timing test.
/// </summary>
public class AllocationTests
{
    private readonly ITestOutputHelper _output;

    public AllocationTests(ITestOutputHelper output) => _output = output;

    private static SeedModel Model(string text) =>
        SeedModelFactory.Create("/p/seeds/a.txt", "a", "seeds/a.txt", null, null, text, long.MaxValue, default);

    [Theory]
    [InlineData("000_29994c0a40c8d7d7.txt")]
    [InlineData("001_d4a7fedfcebcdffb.txt")]
    public void Reading_a_seed_allocates_about_its_utf8_size(string file)
    {
        string text = File.ReadAllText(Path.Combine(Repo.Seeds, file));
        for (int i = 0; i < 3; i++) Model(text); // the thread's buffers, the word lists, the JIT
        long before = GC.GetAllocatedBytesForCurrentThread();
        var model = Model(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        int bytes = Encoding.UTF8.GetByteCount(text);
        _output.WriteLine($"{file}: {allocated} bytes allocated for {bytes} bytes of UTF-8 ({(double)allocated / bytes:F2}x)");
        Assert.NotEmpty(model.Readouts.Paragraphs);
        // The model's own arrays, strings and signature (1 KB of it), the story's edges (a few
        // short keys looked up as strings); no buffer per document, no string per word, no string
        // of a whole line. The seeds: 0.92x and 1.22x.
        Assert.InRange(allocated, 1, bytes * 5 / 4);
    }

    [Fact]
    public void Emitting_a_seed_allocates_its_source_and_little_more()
    {
        string text = File.ReadAllText(Repo.Seed000);
        var model = Model(text);
        var names = SeedNaming.Assign(new[] { new NameRequest(model.Key, model.Id, model.Path, null) }, "Seeds");
        var options = new EmitOptions("Demo", "Seeds", false, true, true, true, true, true);
        for (int i = 0; i < 3; i++) DocumentEmitter.Emit(model, names.Find(model.Key)!, options);
        long before = GC.GetAllocatedBytesForCurrentThread();
        string source = DocumentEmitter.Emit(model, names.Find(model.Key)!, options);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long sourceBytes = 2L * source.Length + 32;
        _output.WriteLine($"{allocated} bytes allocated for a source of {sourceBytes} bytes");
        // The builder is reused and lines are appended, not concatenated: the source string and a
        // few hundred bytes (the packed layout, the emitter's writer). (An earlier emitter allocated 1.34x.)
        Assert.InRange(allocated, sourceBytes, sourceBytes * 11 / 10);
    }
}
