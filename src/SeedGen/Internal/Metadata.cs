#if NET
using System;
using System.Reflection;

namespace SeedGen.Internal
{
    /// <summary>
    /// Reads the value of a <c>private const string</c> of a type straight from its assembly's metadata (ECMA-335 II.24: the
    /// <c>#~</c> tables, the Constant table, the blob heap), through <c>TryGetRawMetadata</c>. The generated code keeps its
    /// tables in such constants (the blob heap, never the user-string heap); reading one through reflection
    /// (<c>GetField</c>, <c>GetRawConstantValue</c>) costs milliseconds the first time in a process, this a few microseconds.
    /// Anything unexpected (no raw metadata, an uncompressed <c>#-</c> stream, no such field, not a string) returns null and the
    /// caller falls back to reflection.
    /// </summary>
    internal static unsafe class Metadata
    {
        private const int Module = 0x00, TypeRef = 0x01, TypeDef = 0x02, Field = 0x04, MethodDef = 0x06, Param = 0x08,
            MemberRef = 0x0A, ConstantTable = 0x0B, ModuleRef = 0x1A, TypeSpec = 0x1B, Property = 0x17, AssemblyRef = 0x23;

        internal static string? Constant(Type type, string name)
        {
            if (!BitConverter.IsLittleEndian) return null;
            int token = type.MetadataToken;
            if ((token >> 24) != TypeDef) return null;
            if (!System.Reflection.Metadata.AssemblyExtensions.TryGetRawMetadata(type.Assembly, out byte* md, out int length) || length < 32) return null;
            return Read(md, length, token & 0xFFFFFF, name);
        }

        private static string? Read(byte* md, int length, int typeRow, string name)
        {
            byte* end = md + length;
            if (*(uint*)md != 0x424A5342) return null; // "BSJB"
            int versionLength = *(int*)(md + 12);
            byte* p = md + 16 + versionLength;
            if (versionLength < 0 || p + 4 > end) return null;
            int streams = *(ushort*)(p + 2);
            p += 4;
            byte* tables = null, strings = null, blob = null;
            int blobSize = 0, stringsSize = 0;
            for (int s = 0; s < streams; s++)
            {
                if (p + 8 > end) return null;
                int offset = *(int*)p, size = *(int*)(p + 4);
                byte* n = p + 8;
                int k = 0;
                while (n + k < end && n[k] != 0 && k < 32) k++;
                if (offset < 0 || size < 0 || (long)offset + size > length) return null;
                if (k == 2 && n[0] == '#' && n[1] == '~') tables = md + offset;
                else if (k == 8 && n[1] == 'S' && n[2] == 't' && n[7] == 's') { strings = md + offset; stringsSize = size; }
                else if (k == 5 && n[1] == 'B' && n[4] == 'b') { blob = md + offset; blobSize = size; }
                p = n + ((k + 4) & ~3);
            }
            if (tables == null || strings == null || blob == null) return null;

            byte heaps = tables[6];
            ulong valid = *(ulong*)(tables + 8);
            ulong sorted = *(ulong*)(tables + 16);
            var rows = stackalloc int[64];
            uint* counts = (uint*)(tables + 24);
            int present = 0;
            for (int t = 0; t < 64; t++) rows[t] = ((valid >> t) & 1) != 0 ? (int)counts[present++] : 0;
            byte* data = (byte*)(counts + present);
            if ((heaps & 0x40) != 0) data += 4; // extra data (never in a compiler's #~, kept for safety)
            // no Ptr tables in a compressed stream (they would mean edit-and-continue metadata)
            if (rows[0x03] != 0 || rows[0x05] != 0 || rows[0x07] != 0) return null;

            int str = (heaps & 1) != 0 ? 4 : 2, guid = (heaps & 2) != 0 ? 4 : 2, blb = (heaps & 4) != 0 ? 4 : 2;
            int Index(int t) => rows[t] < 0x10000 ? 2 : 4;
            int Coded2(int a, int b, int c) => Math.Max(rows[a], Math.Max(rows[b], rows[c])) < (1 << 14) ? 2 : 4;
            int resolutionScope = Math.Max(Math.Max(rows[Module], rows[ModuleRef]), Math.Max(rows[AssemblyRef], rows[TypeRef])) < (1 << 14) ? 2 : 4;
            int typeDefOrRef = Coded2(TypeDef, TypeRef, TypeSpec);
            int memberRefParent = Math.Max(Math.Max(rows[TypeDef], rows[TypeRef]), Math.Max(Math.Max(rows[ModuleRef], rows[MethodDef]), rows[TypeSpec])) < (1 << 13) ? 2 : 4;
            int hasConstant = Coded2(Field, Param, Property);

            int moduleSize = 2 + str + 3 * guid;
            int typeRefSize = resolutionScope + 2 * str;
            int typeDefSize = 4 + 2 * str + typeDefOrRef + Index(Field) + Index(MethodDef);
            int fieldSize = 2 + str + blb;
            int methodSize = 4 + 2 + 2 + str + blb + Index(Param);
            int paramSize = 4 + str;
            int interfaceImplSize = Index(TypeDef) + typeDefOrRef;
            int memberRefSize = memberRefParent + str + blb;
            int constantSize = 2 + hasConstant + blb;

            byte* typeDefs = data + (long)rows[Module] * moduleSize + (long)rows[TypeRef] * typeRefSize;
            byte* fields = typeDefs + (long)rows[TypeDef] * typeDefSize;
            byte* methods = fields + (long)rows[Field] * fieldSize;
            byte* constants = methods + (long)rows[MethodDef] * methodSize + (long)rows[Param] * paramSize
                + (long)rows[0x09] * interfaceImplSize + (long)rows[MemberRef] * memberRefSize;
            if (constants + (long)rows[ConstantTable] * constantSize > end) return null;
            if (typeRow < 1 || typeRow > rows[TypeDef]) return null;

            int fieldListAt = 4 + 2 * str + typeDefOrRef;
            int first = Read(typeDefs + (long)(typeRow - 1) * typeDefSize + fieldListAt, Index(Field));
            int last = typeRow < rows[TypeDef] ? Read(typeDefs + (long)typeRow * typeDefSize + fieldListAt, Index(Field)) : rows[Field] + 1;
            int fieldRow = 0;
            for (int f = first; f < last && f <= rows[Field]; f++)
            {
                int nameAt = Read(fields + (long)(f - 1) * fieldSize + 2, str);
                if (Is(strings, stringsSize, nameAt, name)) { fieldRow = f; break; }
            }
            if (fieldRow == 0) return null;

            int parent = fieldRow << 2; // HasConstant: Field is tag 0
            int lo = 0, hi = rows[ConstantTable] - 1, at = -1;
            if (((sorted >> ConstantTable) & 1) != 0)
            {
                while (lo <= hi)
                {
                    int mid = (lo + hi) >> 1;
                    int v = Read(constants + (long)mid * constantSize + 2, hasConstant);
                    if (v == parent) { at = mid; break; }
                    if (v < parent) lo = mid + 1; else hi = mid - 1;
                }
            }
            else
            {
                for (int c = 0; c < rows[ConstantTable] && at < 0; c++)
                    if (Read(constants + (long)c * constantSize + 2, hasConstant) == parent) at = c;
            }
            if (at < 0) return null;
            byte* row = constants + (long)at * constantSize;
            if (row[0] != 0x0E) return null; // ELEMENT_TYPE_STRING
            int value = Read(row + 2 + hasConstant, blb);
            if (value < 0 || value >= blobSize) return null;
            byte* b = blob + value;
            int bytes, header;
            if ((b[0] & 0x80) == 0) { bytes = b[0]; header = 1; }
            else if ((b[0] & 0xC0) == 0x80) { bytes = ((b[0] & 0x3F) << 8) | b[1]; header = 2; }
            else { bytes = ((b[0] & 0x1F) << 24) | (b[1] << 16) | (b[2] << 8) | b[3]; header = 4; }
            if ((bytes & 1) != 0 || (long)value + header + bytes > blobSize) return null;
            return bytes == 0 ? string.Empty : new string((char*)(b + header), 0, bytes >> 1);
        }

        private static int Read(byte* p, int size) => size == 2 ? *(ushort*)p : *(int*)p;

        /// <summary>Whether the zero-terminated UTF-8 name at <paramref name="at"/> of the string heap is the ASCII <paramref name="name"/>.</summary>
        private static bool Is(byte* strings, int size, int at, string name)
        {
            if (at < 0 || (long)at + name.Length >= size) return false;
            byte* s = strings + at;
            for (int i = 0; i < name.Length; i++)
                if (s[i] != name[i]) return false;
            return s[name.Length] == 0;
        }
    }
}
#endif
