using System.Text;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.Tests;

public class AesGcmBoxTests
{
    private static readonly byte[] Key = Enumerable.Range(0, AesGcmBox.KeySize).Select(i => (byte)i).ToArray();
    private static readonly byte[] Context = Encoding.ASCII.GetBytes("eigenplan/test/v1/K7P2");

    [Fact]
    public void SealThenOpen_GivesThePlaintextBack_WithAFreshNonceEachTime()
    {
        var a = AesGcmBox.Seal(Key, "geheim"u8, Context);
        var b = AesGcmBox.Seal(Key, "geheim"u8, Context);

        Assert.Equal("geheim"u8.ToArray(), AesGcmBox.Open(Key, a, Context));
        Assert.Equal((AesGcmBox.NonceSize, "geheim".Length + AesGcmBox.TagSize), (a.Nonce.Length, a.Ciphertext.Length));
        Assert.NotEqual(a.Nonce, b.Nonce);
    }

    [Theory]
    [InlineData("ciphertext")]
    [InlineData("tag")]
    [InlineData("nonce")]
    public void Open_TamperedBox_IsNull(string part)
    {
        var box = AesGcmBox.Seal(Key, "geheim"u8, Context);
        var (bytes, index) = part switch
        {
            "ciphertext" => (box.Ciphertext, 0),
            "tag" => (box.Ciphertext, box.Ciphertext.Length - 1),
            _ => (box.Nonce, 0),
        };

        bytes[index] ^= 1;

        Assert.Null(AesGcmBox.Open(Key, box, Context));
    }

    [Fact]
    public void Open_OtherAssociatedData_IsNull()
    {
        var box = AesGcmBox.Seal(Key, "geheim"u8, Context);

        Assert.Null(AesGcmBox.Open(Key, box, Encoding.ASCII.GetBytes("eigenplan/test/v1/ZZZZ")));
        Assert.Null(AesGcmBox.Open(Key, box, []));
    }

    [Fact]
    public void Open_OtherKey_IsNull()
    {
        var box = AesGcmBox.Seal(Key, "geheim"u8, Context);

        Assert.Null(AesGcmBox.Open(PlanCrypto.NewPlanKey(), box, Context));
    }

    [Fact]
    public void Open_WrongSizes_IsNull_NotAnException()
    {
        var box = AesGcmBox.Seal(Key, "geheim"u8, Context);

        Assert.Null(AesGcmBox.Open(Key, box with { Nonce = box.Nonce[..8] }, Context));
        Assert.Null(AesGcmBox.Open(Key, box with { Ciphertext = box.Ciphertext[..(AesGcmBox.TagSize - 1)] }, Context));
        Assert.Null(AesGcmBox.Open(Key.AsSpan(0, 16), box, Context));
    }
}
