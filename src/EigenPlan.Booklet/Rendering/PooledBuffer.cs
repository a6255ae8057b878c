using System.Buffers;

namespace EigenPlan.Booklet.Rendering;

/// <summary>
/// A write-only stream that keeps what PDFsharp saves in pooled 64 KB chunks. A booklet is about 450 KB: a growing
/// <see cref="MemoryStream"/> allocates 128, 256 and 512 KB arrays on the large object heap on the way there, and
/// those trigger a full garbage collection every other booklet. Here the only large array is the finished file.
/// </summary>
internal sealed class PooledBuffer : Stream
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<byte[]> chunks = [];
    private long length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => length;

    /// <summary>PDFsharp reads the position for its cross-reference table; it never moves it when writing a plain file.</summary>
    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var used = (int)(length % ChunkSize);
            if (used == 0 && length / ChunkSize == chunks.Count)
            {
                chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
            }

            var take = Math.Min(ChunkSize - used, buffer.Length);
            buffer[..take].CopyTo(chunks[^1].AsSpan(used));
            buffer = buffer[take..];
            length += take;
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>The written bytes as one array of exactly the right length.</summary>
    public byte[] ToArray()
    {
        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        var at = 0;
        foreach (var (chunk, count) in Filled())
        {
            chunk.AsSpan(0, count).CopyTo(bytes.AsSpan(at));
            at += count;
        }

        return bytes;
    }

    public void WriteTo(Stream output)
    {
        foreach (var (chunk, count) in Filled())
        {
            output.Write(chunk, 0, count);
        }
    }

    private IEnumerable<(byte[] Chunk, int Count)> Filled()
    {
        for (var i = 0; i < chunks.Count; i++)
        {
            yield return (chunks[i], (int)Math.Min(ChunkSize, length - ((long)i * ChunkSize)));
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        foreach (var chunk in chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        chunks.Clear();
        length = 0;
        base.Dispose(disposing);
    }
}
