namespace CoachBot.Web.Tests.Fuzz;

/// <summary>
/// A request body that arrives a few bytes at a time, as from a slow or hostile client. <paramref name="abandon"/>
/// ends it mid-way: the test server copies request content without the request's token.
/// </summary>
public sealed class TrickleStream(byte[] data, int chunk, TimeSpan pause, CancellationToken abandon = default) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= data.Length)
        {
            return 0;
        }

        if (_position > 0)
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, abandon);
            await Task.Delay(pause, either.Token);
        }

        var count = Math.Min(Math.Min(chunk, buffer.Length), data.Length - _position);
        data.AsMemory(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
