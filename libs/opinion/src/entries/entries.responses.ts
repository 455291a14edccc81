import { ApiProperty } from '@nestjs/swagger';

export const ENTRY_SOURCES = ['staff', 'resident'] as const;
export const ENTRY_DISPOSITIONS = ['open', 'answered', 'topic', 'reported'] as const;

export class OpinionIdResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
}

/** A photo uploaded for an entry (POST /opinion-photos), read back through `url` with the caller's token. */
export class OpinionPhotoResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'], description: 'by content' })
  contentType: string;
  @ApiProperty({ type: 'integer' }) size: number;
  @ApiProperty({ description: 'GET it with the token of someone who may read the entry' }) url: string;
}

/** 民情日记: one concern recorded at a workstation. */
export class OpinionEntryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) workstationId: string;
  @ApiProperty({ example: '530102010' }) regionCode: string;
  @ApiProperty() text: string;
  @ApiProperty({ example: '养老' }) category: string;
  @ApiProperty({ type: String, nullable: true }) community: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'masked unless `pii:read`' }) phone:
    string | null;
  @ApiProperty({ type: [String], description: 'photo URLs given as links, oldest first' }) photos: string[];
  @ApiProperty({
    type: () => OpinionPhotoResponse,
    isArray: true,
    description: 'photos uploaded for the entry',
  })
  photoFiles: OpinionPhotoResponse[];
  @ApiProperty({ enum: ENTRY_SOURCES, enumName: 'OpinionEntrySource' }) source: string;
  @ApiProperty({ enum: ENTRY_DISPOSITIONS, enumName: 'OpinionEntryDisposition' }) disposition: string;
  @ApiProperty({ type: String, nullable: true, description: '现场答复' }) answer: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the recording member' })
  memberId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the topic (议题) made from it' })
  topicId: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

export class OpinionCategoriesResponse {
  @ApiProperty({ type: [String], description: 'config/opinion-categories.json' }) categories: string[];
}
