using System.Collections.Generic;
using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>The reader's stages one at a time: lines and zones, then body blocks, on a small document each.</summary>
public class StageTests
{
    private static (ReaderScratch Buffers, DocumentZones Zones) Zoned(string text)
    {
        var buffers = ReaderScratch.Rent();
        return (buffers, Zones.Find(text, buffers, default));
    }

    [Fact]
    public void Zones_are_the_header_the_body_and_the_trailer()
    {
        const string text = "Ministry of Finance\nBudget highlights\nPosted On: 28 APR 2021 7:51PM by PIB Delhi\n\n"
            + "The minister presented the budget.\nTaxes were cut.\n\nAKS/MJ\n(Release ID: 1714793)";
        var (buffers, zones) = Zoned(text);
        try
        {
            var lines = buffers.Lines;
            Assert.Equal("Ministry of Finance", text.Substring(lines[zones.SectionLine!.Value].Start, 19));
            Assert.Equal("Budget highlights", text.Substring(lines[zones.TitleLine!.Value].Start, 17));
            Assert.Equal(LineKind.Body, lines[zones.HeaderEnd].Kind);
            Assert.Equal(LineKind.Footer, lines[zones.BodyEnd + 1].Kind);
            Assert.Equal(LineKind.MetaGroups, lines[lines.Count - 1].Kind);
        }
        finally { ReaderScratch.Return(buffers); }
    }

    [Fact]
    public void A_document_that_is_one_short_line_has_no_title()
    {
        var (buffers, zones) = Zoned("Just a note");
        try { Assert.Null(zones.TitleLine); }
        finally { ReaderScratch.Return(buffers); }
    }

    [Theory]
    // One line per paragraph, wrapped blocks, indented wire copy, tables and list items.
    [InlineData("Title\n\nFirst paragraph ends here.\nSecond paragraph ends here.", 2)]
    [InlineData("Title\n\nA wrapped paragraph that goes on and on across\nthe next line and ends here.\n\nAnother wrapped paragraph that goes on\nand ends.", 2)]
    [InlineData("TITLE\n\n    First paragraph that wraps onto\nthe next line.\n    Second paragraph that wraps onto\nits next line too.", 2)]
    [InlineData("Title\n\nThe rows follow below, one state to a row as\nreported this morning.\n\nKerala\t302\nDelhi\t97", 3)]
    [InlineData("Title\n\nThe points are as follows, as the minister put it:\n1. Taxes are cut\n2. Spending rises", 3)]
    public void Body_blocks_are_paragraphs(string text, int paragraphs)
    {
        var (buffers, zones) = Zoned(text);
        try
        {
            var found = new List<TextRange>();
            BodyBlocks.Read(text, buffers.Lines, zones, found, default);
            Assert.Equal(paragraphs, found.Count);
            Assert.All(found, p => Assert.True(Words.HasWordCharacter(text, p.Start, p.End)));
        }
        finally { ReaderScratch.Return(buffers); }
    }

    [Fact]
    public void Lines_outside_the_body_are_gathered_not_paragraphs()
    {
        const string text = "Title\nPosted On: 28 APR 2021\n\nThe story itself.\n\nAKS\n(PTI)";
        var (buffers, zones) = Zoned(text);
        try
        {
            var found = new List<TextRange>();
            var outside = BodyBlocks.Read(text, buffers.Lines, zones, found, default);
            Assert.Single(found);
            Assert.Equal("Posted On", text.Substring(outside.Metadata[0].Key.Start, outside.Metadata[0].Key.Length));
            Assert.Equal("AKS", text.Substring(outside.Footer.Single().Start, outside.Footer.Single().Length));
            Assert.Equal("PTI", text.Substring(outside.Agency!.Value.Start, outside.Agency.Value.Length));
        }
        finally { ReaderScratch.Return(buffers); }
    }
}
