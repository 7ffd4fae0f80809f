//go:build amd64 && !purego

#include "go_asm.h"
#include "textflag.h"

// func scanChunks(b []byte, k int, v *scanVecs, common, all []uint64)
//
// For each chunk of 64 bytes, in two halves of 32 (Y0, Y1; Y2, Y3 are the same a byte further on,
// for an anchor's second byte): a word of the places where one of the common anchors begins (two
// single bytes, two letters in any case), and a word of those and the places where the exact pair
// begins. The anchors stay in Y8-Y14.
TEXT ·scanChunks(SB), NOSPLIT, $0-88
	MOVQ b_base+0(FP), SI
	MOVQ k+24(FP), CX
	MOVQ v+32(FP), DX
	MOVQ common_base+40(FP), R8
	MOVQ all_base+64(FP), R9
	VMOVDQU scanVecs_lower(DX), Y14
	VMOVDQU scanVecs_s0(DX), Y13
	VMOVDQU scanVecs_s1(DX), Y12
	VMOVDQU scanVecs_f0(DX), Y11
	VMOVDQU scanVecs_f1(DX), Y10
	VMOVDQU scanVecs_p0(DX), Y9
	VMOVDQU scanVecs_p1(DX), Y8
	TESTQ CX, CX
	JZ done

chunk:
	VMOVDQU (SI), Y0
	VMOVDQU 32(SI), Y1
	VMOVDQU 1(SI), Y2
	VMOVDQU 33(SI), Y3

	// The first half's anchors: single bytes, the pair in any case (common), the exact pair (all).
	VPCMPEQB Y13, Y0, Y4
	VPCMPEQB Y12, Y0, Y5
	VPOR Y5, Y4, Y4
	VPOR Y14, Y0, Y5
	VPCMPEQB Y11, Y5, Y5
	VPOR Y14, Y2, Y6
	VPCMPEQB Y10, Y6, Y6
	VPAND Y6, Y5, Y5
	VPOR Y5, Y4, Y4
	VPMOVMSKB Y4, AX
	VPCMPEQB Y9, Y0, Y5
	VPCMPEQB Y8, Y2, Y6
	VPAND Y6, Y5, Y5
	VPOR Y5, Y4, Y4
	VPMOVMSKB Y4, R10

	// The second half's.
	VPCMPEQB Y13, Y1, Y4
	VPCMPEQB Y12, Y1, Y5
	VPOR Y5, Y4, Y4
	VPOR Y14, Y1, Y5
	VPCMPEQB Y11, Y5, Y5
	VPOR Y14, Y3, Y6
	VPCMPEQB Y10, Y6, Y6
	VPAND Y6, Y5, Y5
	VPOR Y5, Y4, Y4
	VPMOVMSKB Y4, BX
	VPCMPEQB Y9, Y1, Y5
	VPCMPEQB Y8, Y3, Y6
	VPAND Y6, Y5, Y5
	VPOR Y5, Y4, Y4
	VPMOVMSKB Y4, R11

	SHLQ $32, BX
	ORQ BX, AX
	MOVQ AX, (R8)
	SHLQ $32, R11
	ORQ R11, R10
	MOVQ R10, (R9)

	ADDQ $64, SI
	ADDQ $8, R8
	ADDQ $8, R9
	DECQ CX
	JNZ chunk

done:
	VZEROUPPER
	RET

// func anyChunk(b []byte, k int, q *byteQuad) int
TEXT ·anyChunk(SB), NOSPLIT, $0-48
	MOVQ b_base+0(FP), SI
	MOVQ k+24(FP), CX
	MOVQ q+32(FP), DX
	VMOVDQU 0(DX), Y12
	VMOVDQU 32(DX), Y13
	VMOVDQU 64(DX), Y14
	VMOVDQU 96(DX), Y15
	XORQ AX, AX
	TESTQ CX, CX
	JZ anyDone

anyLoop:
	VMOVDQU (SI), Y0
	VMOVDQU 32(SI), Y1
	VPCMPEQB Y12, Y0, Y2
	VPCMPEQB Y13, Y0, Y3
	VPOR Y3, Y2, Y2
	VPCMPEQB Y14, Y0, Y3
	VPOR Y3, Y2, Y2
	VPCMPEQB Y15, Y0, Y3
	VPOR Y3, Y2, Y2
	VPCMPEQB Y12, Y1, Y4
	VPCMPEQB Y13, Y1, Y5
	VPOR Y5, Y4, Y4
	VPCMPEQB Y14, Y1, Y5
	VPOR Y5, Y4, Y4
	VPCMPEQB Y15, Y1, Y5
	VPOR Y5, Y4, Y4
	VPOR Y4, Y2, Y2
	VPTEST Y2, Y2
	JNZ anyDone
	ADDQ $64, SI
	INCQ AX
	CMPQ AX, CX
	JB anyLoop

anyDone:
	VZEROUPPER
	MOVQ AX, ret+40(FP)
	RET
