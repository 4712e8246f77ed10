import { Inject, Injectable } from '@nestjs/common';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { procedureRules, ProcedureRules } from '../domain/procedure-rules';

/** The rules in force now; a tender keeps the copy taken when it was published. */
@Injectable()
export class ProcedureRulesProvider {
  constructor(@Inject(appConfig.KEY) private readonly config: AppConfig) {}

  current(): ProcedureRules {
    return procedureRules(!this.config.sandbox, this.config.minPriceWeight);
  }
}
