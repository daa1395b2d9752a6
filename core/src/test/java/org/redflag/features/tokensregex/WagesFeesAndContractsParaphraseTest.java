package org.redflag.features.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redflag.features.tokensregex.ShippedRules.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;

/**
 * The fourth round's paraphrase families for wages, fees and contracts (RECRUITMENT_FEE, DEBT_BONDAGE, WAGE_WITHHOLDING,
 * UNREALISTIC_PAY, CONTRACT_ISSUES, CONTRACT_BEFORE_DEPARTURE, NO_FEE_PLEDGE, PERSONAL_DATA_UPFRONT): for every family a phrase of
 * the tuning ads, a paraphrase the tuning ads do not use, and fair or negated wording that must not fire (see the rules README,
 * "Fourth round").
 */
class WagesFeesAndContractsParaphraseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        WAGE_WITHHOLDING          | Rent, food and the ride to the jobsite come out of your pay.
        WAGE_WITHHOLDING          | Housing and meals come straight out of your wages.
        WAGE_WITHHOLDING          | Knife and locker: GBP 18 per week from wages.
        WAGE_WITHHOLDING          | Uniform: EUR 5 a week from your pay.
        WAGE_WITHHOLDING          | $40 transport taken out before you get paid.
        WAGE_WITHHOLDING          | Meals are deducted before payday.
        WAGE_WITHHOLDING          | QAR 150 cut monthly for food and laundry.
        WAGE_WITHHOLDING          | SAR 200 is taken every month for the room.
        WAGE_WITHHOLDING          | Meals and dormitory are provided at a standard monthly rate deducted at source.
        WAGE_WITHHOLDING          | The bed in the hostel is deducted at source.
        WAGE_WITHHOLDING          | QAR 100 fine for each late arrival.
        WAGE_WITHHOLDING          | Lateness or a missed shift: GBP 40 admin charge.
        WAGE_WITHHOLDING          | Your wages are paid into our company account.
        WAGE_WITHHOLDING          | Madam will keep the salary in her account.
        WAGE_WITHHOLDING          | For the first 3 months it is paid to our manager.
        WAGE_WITHHOLDING          | The employer sends part of the salary directly to the recruiter.
        WAGE_WITHHOLDING          | Sal release after contract finish.
        WAGE_WITHHOLDING          | Your wages are paid out once the harvest is over.
        WAGE_WITHHOLDING          | Расчёт по окончании объекта.
        WAGE_WITHHOLDING          | Оплата только после завершения работ.
        WAGE_WITHHOLDING          | Week 1 is induction and shadowing - unpaid.
        WAGE_WITHHOLDING          | The two trial days are unpaid.
        WAGE_WITHHOLDING          | A day's pay is deducted for every day missed.
        WAGE_WITHHOLDING          | The balance is paid when you finish the contract.
        DEBT_BONDAGE              | First 4 months SAR 600 cut for ticket and visa.
        DEBT_BONDAGE              | EUR 150 is deducted each month to repay the loan.
        DEBT_BONDAGE              | This investment is amortised through payroll over your first 12 months.
        DEBT_BONDAGE              | The fee is amortized via salary over a year.
        DEBT_BONDAGE              | Ticket paid by us, returned from your earnings.
        DEBT_BONDAGE              | The airfare is recovered from your future wages.
        DEBT_BONDAGE              | El pasaje se descuenta de las primeras rayas.
        DEBT_BONDAGE              | El préstamo se descuenta de tu sueldo.
        DEBT_BONDAGE              | Стоимость визы и дороги вычитается из зарплаты.
        DEBT_BONDAGE              | Билет удерживается из первой зарплаты.
        DEBT_BONDAGE              | First 3 months salary is sent to the agency to cover your ticket.
        DEBT_BONDAGE              | Ur 1st 2 month sal goes to agent.
        DEBT_BONDAGE              | You stay until the loan is cleared.
        DEBT_BONDAGE              | Deductions continue till the debt has been repaid.
        DEBT_BONDAGE              | The recruiter can lend it at 10% monthly interest.
        DEBT_BONDAGE              | We advance the fee at 5% interest.
        DEBT_BONDAGE              | The family must leave the escritura of their land with the recruiter.
        DEBT_BONDAGE              | Bring your house papers as a guarantee.
        DEBT_BONDAGE              | A monthly service charge is applied to payroll.
        DEBT_BONDAGE              | The agency fee is deducted through payroll.
        DEBT_BONDAGE              | We offer a loan to cover the placement fee.
        DEBT_BONDAGE              | Financing available for your visa and ticket.
        DEBT_BONDAGE              | Pay later from your first salary.
        DEBT_BONDAGE              | Settle the rest once you start working.
        DEBT_BONDAGE              | You sign a promissory note for the costs.
        DEBT_BONDAGE              | Workers sign a debt acknowledgement before departure.
        DEBT_BONDAGE              | Training, relocation and licence costs become repayable on a sliding scale.
        DEBT_BONDAGE              | Half from your salary during the first 5 months.
        RECRUITMENT_FEE           | Recruitment and processing: Q25,000.
        RECRUITMENT_FEE           | Job offer + visa lodgement: NZD 22,000.
        RECRUITMENT_FEE           | The membership share of EUR 1,000 is paid before starting.
        RECRUITMENT_FEE           | A placement deposit of USD 500 is payable upon signing.
        RECRUITMENT_FEE           | Candidates are responsible for the pre-departure package.
        RECRUITMENT_FEE           | Applicants are solely responsible for visa and medical costs.
        RECRUITMENT_FEE           | A departure-guarantee deposit equal to 3 months' salary is collected.
        RECRUITMENT_FEE           | $300 bond on arrival.
        RECRUITMENT_FEE           | Đặt cọc giữ chỗ 15 triệu đồng.
        RECRUITMENT_FEE           | Внесите страховой депозит 2 000 руб.
        RECRUITMENT_FEE           | The candidate must pay for the Work Permit and Residence Visa (USD 480).
        RECRUITMENT_FEE           | Workers have to pay for the medical and the training.
        RECRUITMENT_FEE           | Total package 4 lakh 80 thousand taka. Give 2.5 lakh now.
        RECRUITMENT_FEE           | Send 500 USD first, the rest after the visa.
        PERSONAL_DATA_UPFRONT     | Fill the online form with CNIC, passport number, mobile number and email.
        PERSONAL_DATA_UPFRONT     | Provide your passport details and date of birth.
        PERSONAL_DATA_UPFRONT     | Upload your ID card front and back.
        PERSONAL_DATA_UPFRONT     | Send Aadhaar card photos, both sides.
        PERSONAL_DATA_UPFRONT     | Message us with 5 photos of your child and their birth certificate.
        PERSONAL_DATA_UPFRONT     | Two photos of your children are needed.
        PERSONAL_DATA_UPFRONT     | Пришлите фото паспорта и номер карты для выплат.
        PERSONAL_DATA_UPFRONT     | Prześlij skan paszportu.
        PERSONAL_DATA_UPFRONT     | Passport aur shanakhti card ki tasveer bhejein.
        PERSONAL_DATA_UPFRONT     | Passport ra nagarikta ko photo pathaunuhos.
        CONTRACT_ISSUES           | Your job contract will be given to you by the labour-hire company after you arrive.
        CONTRACT_ISSUES           | The employment agreement is issued upon embarkation.
        CONTRACT_ISSUES           | Договор подпишем на месте, в Польше.
        CONTRACT_ISSUES           | Umowa po niemiecku.
        CONTRACT_ISSUES           | Official pay is registered at 4 hours per day.
        CONTRACT_ISSUES           | Officially declared as part-time.
        CONTRACT_ISSUES           | Minimum wage on paper, the rest in cash.
        CONTRACT_ISSUES           | The rest of the salary is paid in cash.
        UNREALISTIC_PAY           | GANHE DE R$ 300 A R$ 1.200 POR DIA SEM SAIR DE CASA
        UNREALISTIC_PAY           | Получайте от 5 000 до 15 000 рублей в день.
        UNREALISTIC_PAY           | Đảm bảo thu nhập trên 70 triệu/tháng.
        UNREALISTIC_PAY           | Ingresos garantizados cada semana.
        NO_FEE_PLEDGE             | Nu cerem nicio taxă de recrutare.
        NO_FEE_PLEDGE             | Ninguna persona puede cobrarle por este trabajo.
        NO_FEE_PLEDGE             | Umeedwar se koi fees nahi li jayegi.
        NO_FEE_PLEDGE             | Kono khoroch lagbe na.
        NO_FEE_PLEDGE             | We pay all agency and visa costs.
        NO_FEE_PLEDGE             | The employer covers recruitment, visa and travel costs.
        CONTRACT_BEFORE_DEPARTURE | Before the permit is filed - in Russian and Polish.
        CONTRACT_BEFORE_DEPARTURE | Before emigration clearance, in Malayalam and English.
        CONTRACT_BEFORE_DEPARTURE | Contract Urdu me parh kar ravangi se pehle sign hoga.
        CONTRACT_BEFORE_DEPARTURE | Agreement udaan se pehle milega.
        """)
    void findsTheFourthRoundFamiliesAndTheirParaphrases(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).contains(indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        WAGE_WITHHOLDING          | Housing and meals are free and nothing comes out of your pay.
        WAGE_WITHHOLDING          | Uniform and locker are free; pay is GBP 480 per week.
        WAGE_WITHHOLDING          | Transport is free before and after your shift.
        WAGE_WITHHOLDING          | Tax is deducted monthly for the pension fund.
        WAGE_WITHHOLDING          | Income tax is deducted at source.
        WAGE_WITHHOLDING          | No fines for lateness, we talk it through.
        WAGE_WITHHOLDING          | Your wages are paid into your own bank account.
        WAGE_WITHHOLDING          | Your manager pays you on the 1st of each month.
        WAGE_WITHHOLDING          | Wages are paid weekly throughout the season.
        WAGE_WITHHOLDING          | Зарплата каждую неделю.
        WAGE_WITHHOLDING          | Training days are paid at the full rate.
        WAGE_WITHHOLDING          | A day's pay is EUR 90.
        WAGE_WITHHOLDING          | Au pairs receive pocket money of GBP 90 a week.
        DEBT_BONDAGE              | SAR 600 deducted for housing.
        DEBT_BONDAGE              | The equipment is amortised over five years.
        DEBT_BONDAGE              | Deposits are returned from our office on the last day.
        DEBT_BONDAGE              | No se descuenta nada del sueldo.
        DEBT_BONDAGE              | Проживание бесплатно.
        DEBT_BONDAGE              | Your first month's salary is paid on the 5th.
        DEBT_BONDAGE              | Until the contract ends, housing is free.
        DEBT_BONDAGE              | We take an interest in your career.
        DEBT_BONDAGE              | Land deeds are handled by the notary.
        DEBT_BONDAGE              | Service charge is shared among staff.
        DEBT_BONDAGE              | We offer a loan to buy a home after 2 years.
        DEBT_BONDAGE              | Bonuses are paid with your first salary.
        DEBT_BONDAGE              | Payment by cheque or bank transfer.
        DEBT_BONDAGE              | Annual leave of 30 days and a return ticket.
        RECRUITMENT_FEE           | Salary: NZD 22,000 a year.
        RECRUITMENT_FEE           | A bonus of USD 500 is paid upon signing.
        RECRUITMENT_FEE           | Candidates are responsible for managing guest check-in.
        RECRUITMENT_FEE           | There is no security deposit required.
        RECRUITMENT_FEE           | Не вносите никаких денег.
        RECRUITMENT_FEE           | The employer will pay for your visa.
        RECRUITMENT_FEE           | Give 2 weeks notice.
        PERSONAL_DATA_UPFRONT     | Your passport must be valid for 12 months.
        PERSONAL_DATA_UPFRONT     | Print both sides of the form.
        PERSONAL_DATA_UPFRONT     | Photos of the hotel are on our website.
        PERSONAL_DATA_UPFRONT     | Paszport nie jest potrzebny.
        PERSONAL_DATA_UPFRONT     | Your salary is paid into your bank account.
        CONTRACT_ISSUES           | Your contract is signed before departure; a copy is given to you on arrival.
        CONTRACT_ISSUES           | Umowę podpisujesz przed wyjazdem.
        CONTRACT_ISSUES           | Pay is registered with the tax office.
        CONTRACT_ISSUES           | Tips are paid in cash.
        UNREALISTIC_PAY           | Salário de R$ 1.500 por mês.
        UNREALISTIC_PAY           | Salario según convenio.
        NO_FEE_PLEDGE             | Taxa de inscrição: R$ 200.
        NO_FEE_PLEDGE             | Fees 2 lakh, half now.
        NO_FEE_PLEDGE             | You pay the agency and visa costs.
        NO_FEE_PLEDGE             | There is no overtime payment.
        CONTRACT_BEFORE_DEPARTURE | After arrival, in Arabic and English.
        CONTRACT_BEFORE_DEPARTURE | Contract Dubai ja ke sign hoga.
        """)
    void theFourthRoundFamiliesLeaveFairAndNegatedWordingAlone(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).doesNotContain(indicator);
    }

    // Fifth round (WAGE_WITHHOLDING, DEBT_BONDAGE, DOCUMENT_RETENTION, CONTRACT_ISSUES): the wording of batches 13-14, a paraphrase
    // of each family, and fair or negated wording that must not fire (see the rules README, "Fifth round").
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        WAGE_WITHHOLDING          | Salaries are paid in October as one lump sum.
        WAGE_WITHHOLDING          | Your wages are settled in a single lump sum after the harvest.
        WAGE_WITHHOLDING          | Gaji dibayarkan sekaligus setelah kontrak selesai.
        WAGE_WITHHOLDING          | Gaji ditabung di agen sampai pulang.
        WAGE_WITHHOLDING          | El mortab byetsallem kollo ba3d 6 shohor.
        WAGE_WITHHOLDING          | Acerto só no fim da empreita.
        WAGE_WITHHOLDING          | O pagamento é feito no final da safra.
        WAGE_WITHHOLDING          | Pehli salary 3 mahine baad milegi.
        WAGE_WITHHOLDING          | Banii sunt plătiți după întoarcerea în România.
        WAGE_WITHHOLDING          | Early resignation results in forfeiture of the end-of-service amount.
        WAGE_WITHHOLDING          | $400 room and food take out from pay every month.
        WAGE_WITHHOLDING          | Accommodation in the worker village at NZD 145 a week, deducted from pay.
        WAGE_WITHHOLDING          | GBP 40 a week rent out of your money.
        WAGE_WITHHOLDING          | Damage to cars paid from wages.
        WAGE_WITHHOLDING          | Se opresc 250 euro pe lună din salariu.
        WAGE_WITHHOLDING          | 150 евро в месяц из зарплаты.
        WAGE_WITHHOLDING          | Agent receives the salary in Serbia and sends you the remainder.
        WAGE_WITHHOLDING          | Monthly remuneration is routed through our Kathmandu office.
        WAGE_WITHHOLDING          | Primele două salarii le păstrăm noi.
        WAGE_WITHHOLDING          | Salaries go on a payroll card; cards are held by the camp supervisor.
        WAGE_WITHHOLDING          | Salary is given after 3 months.
        DEBT_BONDAGE              | Your first three salaries go to our office as agency recovery.
        DEBT_BONDAGE              | The first two salaries are kept by the agent to cover the processing fee.
        DEBT_BONDAGE              | Ang unang 4 na buwan na sahod ay kaltas para sa gastos ng agency.
        DEBT_BONDAGE              | Biaya tiket se scade din primele două salarii.
        DEBT_BONDAGE              | Biayanya dipotong dari gaji 8 bulan pertama.
        DEBT_BONDAGE              | Bas byetkhesmo men awel 3 shohor.
        DEBT_BONDAGE              | Потом вычитаем из первой зарплаты.
        DEBT_BONDAGE              | Levy and flight are settled by the estate first; RM300 is taken back each month.
        DEBT_BONDAGE              | The ticket is cleared small small from your salary.
        DEBT_BONDAGE              | Balance 4.5 lakh our company collects from your salary monthly.
        DEBT_BONDAGE              | The other half is advanced and deducted in equal weekly amounts over the season.
        DEBT_BONDAGE              | El pasaje lo pagas con tu trabajo: te descontamos 150 mil al mes.
        DEBT_BONDAGE              | As compras ficam anotados na caderneta e são descontados no acerto.
        DEBT_BONDAGE              | We cover your flight; you pay us back from your wages.
        DEBT_BONDAGE              | Training cost of 50,000 will be adjusted against your salary.
        DOCUMENT_RETENTION        | El bassbor byb2a ma3 el madame tul el 3a2ed.
        DOCUMENT_RETENTION        | Buku pelaut dan paspor dipegang kapten selama berlayar.
        DOCUMENT_RETENTION        | Buku pelaut dan ijazah asli disimpan di kantor sebagai jaminan.
        DOCUMENT_RETENTION        | A carteira de trabalho de cada um fica guardada com o encarregado.
        DOCUMENT_RETENTION        | Hasta que termines de pagar el patrón guarda tu cédula.
        DOCUMENT_RETENTION        | Ang passport mo ay itatabi muna ng agency sa HK.
        DOCUMENT_RETENTION        | Pasportite se davat na shefa pri pristigane.
        DOCUMENT_RETENTION        | Boat owner keeps the alien registration card and passport to prevent desertion.
        DOCUMENT_RETENTION        | It is handed to the sponsor's representative, who keeps it for the contract period.
        DOCUMENT_RETENTION        | Passport submit at office at time of interview.
        CONTRACT_ISSUES           | The contract is held by the vessel owner and will be shown to crew on board.
        CONTRACT_ISSUES           | The specific terms of employment will be confirmed by the client upon deployment.
        CONTRACT_ISSUES           | Договор подпишете уже на объекте.
        CONTRACT_ISSUES           | Kontrak dibaca di atas kapal.
        CONTRACT_ISSUES           | Kontrata in English, ipapaliwanag pagdating na lang.
        CONTRACT_ISSUES           | El 3a2ed bel 3arabe, byet2ama3 bas tosal.
        CONTRACT_ISSUES           | Mafeesh 3a2d maktoob.
        CONTRACT_ISSUES           | Nu este contract de muncă.
        CONTRACT_ISSUES           | É tudo no combinado de palavra.
        CONTRACT_ISSUES           | Não tem carteira assinada.
        CONTRACT_ISSUES           | The employment contract is issued in French. Translation is not provided.
        CONTRACT_ISSUES           | The agreement comes without any translation.
        CONTRACT_ISSUES           | You sign the contract at the destination.
        WAGE_WITHHOLDING          | Each month USD 50 is kept back for your food.
        WAGE_WITHHOLDING          | A small sum is held back for the room each week.
        WAGE_WITHHOLDING          | Salary will be paid after the project is complete.
        WAGE_WITHHOLDING          | Wages are released once the season has ended.
        DEBT_BONDAGE              | You work off the cost of your travel.
        DEBT_BONDAGE              | Workers work off their debt on the farm.
        DOCUMENT_RETENTION        | Kukunin ng employer ang passport mo.
        DOCUMENT_RETENTION        | Hahawakan muna ng agency ang passport.
        WAGE_WITHHOLDING          | Tankhwah 6 mahine baad milegi.
        WAGE_WITHHOLDING          | Ang sahod ay ibibigay pagkatapos ng kontrata.
        DEBT_BONDAGE              | Biletul se reține din salariu.
        DEBT_BONDAGE              | Datoria pentru zbor se scade din primele salarii.
        CONTRACT_ISSUES           | Walang kontrata.
        CONTRACT_ISSUES           | Работа без договора.
        """)
    void findsTheFifthRoundFamiliesAndTheirParaphrases(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).contains(indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        WAGE_WITHHOLDING          | The relocation allowance is paid as a lump sum.
        WAGE_WITHHOLDING          | Gaji dibayar setiap bulan.
        WAGE_WITHHOLDING          | Chiria se plătește direct fermei, nu se reține din salariu.
        WAGE_WITHHOLDING          | Rent is paid by the company, never out of your pay.
        WAGE_WITHHOLDING          | We receive your application and send you the details.
        WAGE_WITHHOLDING          | Salary is paid monthly by bank transfer.
        WAGE_WITHHOLDING          | Salary is paid to your own bank account every month.
        DEBT_BONDAGE              | Your first salary is paid at the end of the first month.
        DEBT_BONDAGE              | The company pays the ticket and visa, nothing is taken back.
        DEBT_BONDAGE              | We advance your ticket free of charge.
        DEBT_BONDAGE              | Training cost is fully covered by the employer.
        DOCUMENT_RETENTION        | El pasaporte queda con usted en todo momento.
        DOCUMENT_RETENTION        | Paspor disimpan sendiri oleh pekerja.
        DOCUMENT_RETENTION        | Workers keep their own passports.
        CONTRACT_ISSUES           | The contract is signed in our office before departure.
        CONTRACT_ISSUES           | Contract in Nepali and English, with a translation provided.
        CONTRACT_ISSUES           | Contract shown and signed before you board the flight.
        CONTRACT_ISSUES           | A translated copy of the contract is given before departure.
        WAGE_WITHHOLDING          | Salary is paid monthly while the project runs.
        WAGE_WITHHOLDING          | Meals are free and nothing is held back.
        DEBT_BONDAGE              | We work off a clear weekly schedule.
        DOCUMENT_RETENTION        | Hawak mo ang passport mo.
        WAGE_WITHHOLDING          | Ang sahod ay ibinibigay tuwing katapusan ng buwan.
        DEBT_BONDAGE              | Biletul nu se reține din salariu.
        CONTRACT_ISSUES           | May nakasulat na kontrata bago umalis.
        """)
    void theFifthRoundFamiliesLeaveFairAndNegatedWordingAlone(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).doesNotContain(indicator);
    }
}
