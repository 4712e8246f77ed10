import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class AskQuestionDto {
  @ApiProperty({ example: 'May the plant be outside Technopolis Moscow?' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  question: string;
}

export class AnswerQuestionDto {
  @ApiProperty({ example: 'Anywhere within Moscow.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  answer: string;
}
